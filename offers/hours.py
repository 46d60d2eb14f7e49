"""Opening hours in Europe/Berlin: is a place open at a moment, and the query for "open now"."""

import datetime
from zoneinfo import ZoneInfo

from django.db.models import Q

BERLIN = ZoneInfo("Europe/Berlin")


def berlin_now():
    return datetime.datetime.now(tz=BERLIN)


def is_closed_on(closures, day):
    return any(closure.date_from <= day <= closure.last_day for closure in closures)


def is_open(hours, closures, moment):
    """Whether any of the weekly ranges covers ``moment`` (converted to Berlin time)."""
    local = moment.astimezone(BERLIN)
    if is_closed_on(closures, local.date()):
        return False
    now = local.time()
    return any(h.weekday == local.weekday() and h.opens <= now < h.closes for h in hours)


def open_at_filter(moment):
    """Q for pages with opening hours covering ``moment``; closures are excluded separately."""
    local = moment.astimezone(BERLIN)
    return Q(
        opening_hours__weekday=local.weekday(),
        opening_hours__opens__lte=local.time(),
        opening_hours__closes__gt=local.time(),
    )


def closed_on_filter(day):
    return Q(closures__date_from__lte=day) & (
        Q(closures__date_until__gte=day) | Q(closures__date_until__isnull=True, closures__date_from=day)
    )
