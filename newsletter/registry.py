"""What the newsletter digest collects: sections that the content apps register.

An app with news for the digest registers a section in its ``registrations.py``::

    from newsletter import registry as newsletter

    def new_offers(now, since, towns):
        # called in the reader's language
        return newsletter.Section("offers", _("New offers"), _("No new offers since ..."), [...])

    newsletter.register("offers", new_offers, order=20)

``towns`` is a list of town pages (empty: the whole county); :func:`in_towns` restricts a
queryset to them and keeps county-wide content. Items link to live, public pages only.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from .services.links import absolute

MAX_ITEMS = 20  # per section; the rest is on the site

_sources = {}


@dataclass
class Item:
    title: object  # a portal.i18n.TranslatedValue (str() and .attrs)
    url: str  # the page's address; made absolute, as mails are read off-site
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    all_day: bool = False
    place: str = ""
    note: str = ""
    summary: object = None  # a TranslatedValue (offers: their introduction)

    def __post_init__(self):
        self.url = absolute(self.url)


@dataclass
class Section:
    key: str
    heading: str
    empty: str
    items: list = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    key: str
    build: object  # build(now, since, towns) -> Section
    order: int = 100


def register(key, build, order=100):
    _sources[key] = Source(key, build, order)


def sources():
    return sorted(_sources.values(), key=lambda source: (source.order, source.key))


def in_towns(queryset, towns):
    if not towns:
        return queryset
    return queryset.filter(Q(town__isnull=True) | Q(town__in=towns))


def place(page):
    return page.town.title if page.town_id else _("county-wide")
