"""The newsletter digest: the registered sections (upcoming trainings, new offers, upcoming
events, see :mod:`newsletter.registry`), in one language.

Only live, public pages are included; titles come in the reader's language (or the German
fallback, marked with its language). Every link is absolute, as mails are read off-site.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone, translation

from newsletter import registry
from newsletter.models import Digest

DEFAULT_SINCE_DAYS = 30


@dataclass
class DigestContent:
    language: str
    since: datetime.datetime
    sections: list

    @property
    def is_empty(self):
        return not any(section.items for section in self.sections)

    @property
    def count(self):
        return sum(len(section.items) for section in self.sections)


def default_since(now=None):
    """New since the last digest sent, or the last 30 days when there was none."""
    last = Digest.objects.order_by("-sent_at").values_list("sent_at", flat=True).first()
    return last or (now or timezone.now()) - datetime.timedelta(days=DEFAULT_SINCE_DAYS)


def build_digest(language, towns=None, since=None, now=None):
    """The digest for readers of ``language`` interested in ``towns`` (None: the whole county)."""
    now = now or timezone.now()
    since = since or default_since(now)
    towns = list(towns or [])
    with translation.override(language):
        found = [source.build(now, since, towns) for source in registry.sources()]
    return DigestContent(language, since, found)
