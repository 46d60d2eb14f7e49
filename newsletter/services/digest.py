"""The newsletter digest: upcoming trainings, new offers, upcoming events, in one language.

Only live, public pages are included; titles come in the reader's language (or the German
fallback, marked with its language). Every link is absolute, as mails are read off-site.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.models import EventKind, EventStatus
from events.services.listing import candidates
from events.services.recurrence import expand
from events.services.trainings import trainings
from newsletter.models import Digest
from portal.caching import public
from portal.i18n import translated

from .links import absolute

TRAINING_DAYS = 60
EVENT_DAYS = 30
DEFAULT_SINCE_DAYS = 30
MAX_ITEMS = 20  # per section; the rest is on the site


@dataclass
class Item:
    title: object  # a portal.i18n.TranslatedValue (str() and .attrs)
    url: str
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    all_day: bool = False
    place: str = ""
    note: str = ""
    summary: object = None  # a TranslatedValue (offers: their introduction)


@dataclass
class Section:
    key: str
    heading: str
    empty: str
    items: list = field(default_factory=list)


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


def _in_towns(queryset, towns):
    if not towns:
        return queryset
    return queryset.filter(Q(town__isnull=True) | Q(town__in=towns))


def _place(page):
    return page.town.title if page.town_id else _("county-wide")


def _first_per_event(occurrences):
    seen, first = set(), []
    for occurrence in occurrences:
        if occurrence.event.pk not in seen and not occurrence.is_cancelled:
            seen.add(occurrence.event.pk)
            first.append(occurrence)
    return first[:MAX_ITEMS]


def _event_item(occurrence):
    event = occurrence.event
    note = event.get_training_audience_display() if event.kind == EventKind.TRAINING else ""
    if event.status == EventStatus.MOVED:
        note = _("moved")
    return Item(
        translated(event, "title"),
        absolute(event.get_url()),
        occurrence.start,
        occurrence.end,
        event.all_day,
        _place(event),
        note,
    )


def _training_items(now, towns):
    found = trainings(now, now + datetime.timedelta(days=TRAINING_DAYS), towns=towns or None)
    return [_event_item(occurrence) for occurrence in _first_per_event(found)]


def _event_items(now, towns):
    end = now + datetime.timedelta(days=EVENT_DAYS)
    queryset = _in_towns(candidates(now, end, {}), towns).exclude(kind=EventKind.TRAINING)
    return [_event_item(occurrence) for occurrence in _first_per_event(expand(queryset, now, end))]


def _offer_items(since, towns):
    from offers.models import OfferPage

    queryset = _in_towns(public(OfferPage.objects.live()), towns).filter(first_published_at__gte=since)
    offers = queryset.select_related("town").order_by("-first_published_at")[:MAX_ITEMS]
    return [
        Item(
            translated(offer, "title"),
            absolute(offer.get_url()),
            place=_place(offer),
            summary=translated(offer, "intro"),
        )
        for offer in offers
    ]


def build_digest(language, towns=None, since=None, now=None):
    """The digest for readers of ``language`` interested in ``towns`` (None: the whole county)."""
    now = now or timezone.now()
    since = since or default_since(now)
    towns = list(towns or [])
    with translation.override(language):
        sections = [
            Section(
                "trainings",
                _("Trainings in the next %(days)s days") % {"days": TRAINING_DAYS},
                _("No trainings are planned in this period."),
                _training_items(now, towns),
            ),
            Section(
                "offers",
                _("New offers"),
                _("No new offers since the last newsletter."),
                _offer_items(since, towns),
            ),
            Section(
                "events",
                _("Events in the next %(days)s days") % {"days": EVENT_DAYS},
                _("No events are planned in this period."),
                _event_items(now, towns),
            ),
        ]
    return DigestContent(language, since, sections)
