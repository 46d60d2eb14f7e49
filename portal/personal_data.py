"""What personal data the portal keeps: a registry of sources, each able to export and delete.

Each app that stores personal data adds a ``personal_data.py`` module that registers its
sources (discovered like ``demo.py``)::

    from portal.personal_data import Source, register

    register(Source(
        key="newsletter",
        name=_("Newsletter subscriptions"),
        what=_("E-mail address, language, towns of interest"),
        why=_("To send the newsletter the reader asked for"),
        retention=_("Until unsubscribed; unconfirmed requests 7 days"),
        export=lambda email: [...],   # list of JSON-serialisable dicts
        delete=lambda email: count,   # number of records deleted or anonymised
    ))

``manage.py export_personal_data EMAIL`` and ``manage.py delete_personal_data EMAIL --yes`` run
every source; the admin view "Personal data" lists what is kept, why and for how long.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.functional import Promise, lazy
from django.utils.module_loading import autodiscover_modules

_sources: dict[str, "Source"] = {}


@dataclass(frozen=True)
class Source:
    key: str
    name: str | Promise
    what: str | Promise
    why: str | Promise
    retention: str | Promise
    export: Callable[[str], list[dict[str, Any]]]
    delete: Callable[[str], int]


def interpolated(text: str | Promise, **values: Any) -> str:
    """A lazy translated text with values filled in when it is shown (in the reader's language)."""
    return lazy(lambda: str(text) % values, str)()


def register(source: Source) -> Source:
    _sources[source.key] = source
    return source


def discover() -> None:
    autodiscover_modules("personal_data")


def sources() -> list[Source]:
    discover()
    return sorted(_sources.values(), key=lambda source: source.key)


def normalise(email: str | None) -> str:
    return (email or "").strip()


def export(email: str | None) -> dict[str, list[dict[str, Any]]]:
    """{source key: [records]} of every source that holds data of this address."""
    email = normalise(email)
    return {source.key: source.export(email) for source in sources()}


@transaction.atomic
def delete(email: str | None) -> dict[str, int]:
    """{source key: number of records deleted or anonymised}."""
    email = normalise(email)
    return {source.key: source.delete(email) for source in sources()}
