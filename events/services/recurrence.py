"""Occurrences of events in Europe/Berlin wall time, expanded lazily for a requested range.

Rules have no horizon cap: only the occurrences inside the asked range are computed.
"""

import datetime
from dataclasses import dataclass

from dateutil.rrule import rruleset, rrulestr
from django.utils.translation import gettext as _

from offers.hours import BERLIN

MAX_SCAN = 5000  # occurrences a rule may skip before the first one in range (guards odd rules)


class RecurrenceError(ValueError):
    pass


@dataclass(frozen=True)
class Occurrence:
    event: object
    start: datetime.datetime
    end: datetime.datetime

    @property
    def is_cancelled(self):
        return self.event.is_cancelled


def parse_dates(text):
    dates = []
    for line in (text or "").split():
        try:
            dates.append(datetime.date.fromisoformat(line.strip()))
        except ValueError:
            raise RecurrenceError(_("“%(value)s” is not a date like 2026-12-24.") % {"value": line}) from None
    return dates


def _local(value):
    return value.astimezone(BERLIN).replace(tzinfo=None)


def _rules(event):
    local_start = _local(event.start)
    rules = rruleset()
    if event.recurrence:
        try:
            rule = rrulestr(event.recurrence, dtstart=local_start)
        except (ValueError, TypeError) as exc:
            raise RecurrenceError(_("The rule is not valid: %(error)s") % {"error": exc}) from None
        rules.rrule(rule)
    else:
        rules.rdate(local_start)
    for day in parse_dates(event.extra_dates):
        rules.rdate(datetime.datetime.combine(day, local_start.time()))
    for day in parse_dates(event.exception_dates):
        rules.exdate(datetime.datetime.combine(day, local_start.time()))
    return rules


def validate_rule(event):
    rules = _rules(event)
    if rules[0:1] == []:
        raise RecurrenceError(_("This rule yields no dates."))


def occurrences(event, start, end):
    """Occurrences of ``event`` that overlap [start, end) (aware datetimes)."""
    duration = event.end - event.start
    rules = _rules(event)
    window_start = _local(start - duration)
    result = []
    for local in rules.between(window_start, _local(end), inc=True):
        begins = local.replace(tzinfo=BERLIN)
        if begins + duration > start and begins < end:
            result.append(Occurrence(event, begins, begins + duration))
    return result


def expand(events, start, end):
    """All occurrences of several events in [start, end), in time order."""
    found = []
    for event in events:
        found += occurrences(event, start, end)
    return sorted(found, key=lambda occurrence: (occurrence.start, occurrence.event.title))
