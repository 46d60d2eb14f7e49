"""What events contribute to the search, the county dashboard and the newsletter digest
(discovered at start-up, see portal.apps)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from dashboard import registry as dashboard
from newsletter import registry as newsletter
from portal.i18n import translated
from portal.places import Cost
from search import registry as search

from .models import EventIndexPage, EventKind, EventPage, EventStatus, TrainingCalendarPage
from .services.listing import candidates, in_period
from .services.occurrences import counts_by_town
from .services.trainings import trainings

UPCOMING_DAYS = 90
TRAINING_DAYS = 60
EVENT_DAYS = 30


# Search


class EventAdapter(search.PageAdapter):
    type = "event"
    label = _("Event")

    def date(self, obj):
        return timezone.localdate(obj.start) if obj.start else None

    def facets(self, obj, language):
        return {"free": search.free_facet(obj.cost == Cost.FREE, language)}


search.register(EventPage, EventAdapter())
search.not_indexed(EventIndexPage, TrainingCalendarPage)


# Dashboard


def upcoming_event_rows(scope, days=UPCOMING_DAYS):
    """Events with at least one date in the next ``days`` days, and their dates, per town: one
    grouped query over the stored dates (events.Occurrence)."""
    start = timezone.now()
    end = start + datetime.timedelta(days=days)
    events, dates = counts_by_town(scope.filter(candidates(start, end, {})), start, end)
    return dashboard.town_rows(scope, [events, dates])


dashboard.register(
    dashboard.Panel(
        key="events",
        title=_("Upcoming events per town"),
        description=_("Events with a date in the next 90 days."),
        columns=(_("Town"), _("events"), _("dates")),
        rows=upcoming_event_rows,
        order=30,
    )
)


# Newsletter digest


def _first_per_event(occurrences):
    seen, first = set(), []
    for occurrence in occurrences:
        if occurrence.event.pk not in seen and not occurrence.is_cancelled:
            seen.add(occurrence.event.pk)
            first.append(occurrence)
    return first[: newsletter.MAX_ITEMS]


def _event_item(occurrence):
    event = occurrence.event
    note = event.get_training_audience_display() if event.kind == EventKind.TRAINING else ""
    if event.status == EventStatus.MOVED:
        note = gettext("moved")
    return newsletter.Item(
        translated(event, "title"),
        event.get_url(),
        occurrence.start,
        occurrence.end,
        event.all_day,
        newsletter.place(event),
        note,
    )


def training_section(now, since, towns):
    found = trainings(now, now + datetime.timedelta(days=TRAINING_DAYS), towns=towns or None)
    return newsletter.Section(
        "trainings",
        gettext("Trainings in the next %(days)s days") % {"days": TRAINING_DAYS},
        gettext("No trainings are planned in this period."),
        [_event_item(occurrence) for occurrence in _first_per_event(found)],
    )


def event_section(now, since, towns):
    end = now + datetime.timedelta(days=EVENT_DAYS)
    queryset = newsletter.in_towns(candidates(now, end, {}), towns).exclude(kind=EventKind.TRAINING)
    return newsletter.Section(
        "events",
        gettext("Events in the next %(days)s days") % {"days": EVENT_DAYS},
        gettext("No events are planned in this period."),
        [_event_item(occurrence) for occurrence in _first_per_event(in_period(queryset, now, end))],
    )


newsletter.register("trainings", training_section, order=10)
newsletter.register("events", event_section, order=30)

# The MSO members' and moderators' next steps on the admin home.
from . import next_steps as _next_steps  # noqa: E402, F401
