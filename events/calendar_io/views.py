"""iCalendar downloads and subscribable feeds (webcal)."""

from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from home.models import TownPage
from organisations.models import Organisation
from portal.cache_tags import EVENTS
from portal.caching import public
from portal.generated_documents import generated

from ..models import EventKind, EventPage
from .ics_export import ics_response


def _feed_events():
    return (
        public(EventPage.objects.live()).select_related("venue", "organiser__town", "town").order_by("start")
    )


@require_safe
def event_ics(request, uid):
    event = get_object_or_404(_feed_events(), uid=uid)
    return ics_response([event], request, event.title, f"event-{event.pk}")


@require_safe
@generated(EVENTS)
def all_events(request):
    return ics_response(_feed_events(), request, "Kreisnetz", "kreisnetz")


@require_safe
@generated(EVENTS)
def town_feed(request, slug):
    town = get_object_or_404(TownPage.objects.live(), slug_de=slug)
    return ics_response(_feed_events().filter(town=town), request, town.title, f"kreisnetz-{slug}")


@require_safe
@generated(EVENTS)
def kind_feed(request, kind):
    if kind not in EventKind.values:
        return get_object_or_404(EventPage, pk=-1)
    label = EventKind(kind).label
    return ics_response(_feed_events().filter(kind=kind), request, f"Kreisnetz: {label}", f"kreisnetz-{kind}")


@require_safe
@generated(EVENTS)
def organisation_feed(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug, live=True)
    events = _feed_events().filter(organiser=organisation)
    return ics_response(events, request, organisation.name, f"kreisnetz-{slug}")
