"""The calendar feed that matches what a calendar page shows: a town's, a kind's, or all events.

A filtered calendar offers the feeds of its filters (town and kind have feeds of their own);
only an unfiltered county calendar offers every event.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from events.models.event import EventKind
from home.models import TownPage


@dataclass(frozen=True)
class Feed:
    path: str
    label: str


def matching_feeds(values, town=None):
    """The feeds for the calendar filters ``values`` (cleaned) on a page of ``town`` (or None)."""
    feeds = []
    slug = town.slug_de if town is not None else values.get("town")
    if slug:
        town = town or TownPage.objects.live().filter(slug_de=slug).first()
        if town is not None:
            feeds.append(
                Feed(
                    reverse("calendar_town", args=[town.slug_de]),
                    _("Subscribe to the events of %(town)s in your calendar") % {"town": town.title},
                )
            )
    kind = values.get("kind")
    if kind in EventKind.values:
        feeds.append(
            Feed(
                reverse("calendar_kind", args=[kind]),
                _("Subscribe to the events of the kind “%(kind)s” in your calendar")
                % {"kind": EventKind(kind).label},
            )
        )
    return feeds or [Feed(reverse("calendar_all"), _("Subscribe to all events in your calendar"))]
