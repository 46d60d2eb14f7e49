"""Occurrences of events in Europe/Berlin wall time, expanded lazily for a requested range.

Rules have no horizon cap: only the occurrences inside the asked range are computed. The work is
bounded whatever the rule says: a rule may repeat at most daily (``check_bounds``, applied by the
admin form and the import), and expanding one event stops after ``MAX_SCAN`` dates from its start or
``MAX_OCCURRENCES`` dates in the window, so a rule stored before these checks (or written to the
database directly) cannot hold a worker. A listing keeps at most ``MAX_PER_LISTING`` occurrences.
"""

import collections
import datetime
import itertools
import re
from dataclasses import dataclass

from dateutil.rrule import rruleset, rrulestr
from django.utils.translation import gettext as _

from portal.clock import BERLIN

MAX_SCAN = 20_000  # dates one rule may produce from its start to the end of a window (55 years daily)
MAX_OCCURRENCES = 400  # dates of one event in one window (a daily event over the longest period, a year)
MAX_PER_LISTING = 2000  # occurrences of one listing, the earliest kept
RULE_FIELDS = ("start", "end", "recurrence", "extra_dates", "exception_dates")  # what the dates depend on
FINER_THAN_DAILY = ("SECONDLY", "MINUTELY", "HOURLY")
# BY parts RFC 5545 allows only with some frequencies; a day filter on a daily rule (e.g. the 30th of
# February) is also refused, as dateutil would walk day by day to the year 9999 looking for it.
BY_PART_FREQUENCIES = {
    "BYMONTHDAY": ("MONTHLY", "YEARLY"),
    "BYYEARDAY": ("YEARLY",),
    "BYWEEKNO": ("YEARLY",),
}
TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
TIME_TOKEN = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")


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


def parse_extra_dates(text):
    """The lines of "also on these dates": ``(date, time or None)`` pairs in Berlin wall time.

    A line is a date (the event's own start time is used) or a date with a time, e.g.
    ``2026-12-24 18:00`` or ``2026-12-24T18:00`` (an RDATE with its own time, kept by the import).
    """
    found = []
    for token in (text or "").split():
        try:
            if TIME_TOKEN.match(token) and found and found[-1][1] is None:
                hours, rest = token.split(":", 1)
                found[-1] = (found[-1][0], datetime.time.fromisoformat(f"{int(hours):02d}:{rest}"))
                continue
            if "T" in token:
                moment = datetime.datetime.fromisoformat(token)
                if moment.tzinfo is not None:
                    moment = _local(moment)
                found.append((moment.date(), moment.time()))
            else:
                found.append((datetime.date.fromisoformat(token), None))
        except ValueError:
            raise RecurrenceError(
                _("“%(value)s” is not a date like 2026-12-24 or a date with a time like 2026-12-24 18:00.")
                % {"value": token}
            ) from None
    return found


def format_extra_date(day, time=None):
    """One line of "also on these dates" (see ``parse_extra_dates``)."""
    if time is None:
        return day.isoformat()
    return f"{day.isoformat()} {time.isoformat(timespec='seconds' if time.second else 'minutes')}"


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
    for day, time in parse_extra_dates(event.extra_dates):
        rules.rdate(datetime.datetime.combine(day, time or local_start.time()))
    for day in parse_dates(event.exception_dates):
        rules.exdate(datetime.datetime.combine(day, local_start.time()))
    return rules


def _parts(rule):
    """The NAME=VALUE parts of a one-line rule, names in upper case."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    if ":" in text or "\n" in text:
        raise RecurrenceError(_("Give the rule as one line, e.g. FREQ=WEEKLY;BYDAY=TU."))
    pairs = [part.split("=", 1) for part in text.split(";") if part.strip()]
    return {pair[0].strip().upper(): pair[-1].strip().upper() for pair in pairs}


def check_bounds(rule):
    """Refuse rules that repeat more often than once a day (their expansion would be unbounded work)."""
    parts = _parts(rule)
    frequency = parts.get("FREQ", "")
    if frequency in FINER_THAN_DAILY:
        raise RecurrenceError(
            _(
                "An event can repeat at most once a day, not %(frequency)s: "
                "use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY."
            )
            % {"frequency": frequency}
        )
    if any("," in parts.get(name, "") for name in TIME_PARTS):
        raise RecurrenceError(
            _("An event can repeat at most once a day: give one value for BYHOUR, BYMINUTE and BYSECOND.")
        )
    for name, frequencies in BY_PART_FREQUENCIES.items():
        if name in parts and frequency not in frequencies:
            raise RecurrenceError(
                _("%(part)s can only be used with FREQ=%(frequencies)s.")
                % {"part": name, "frequencies": " / ".join(frequencies)}
            )


def validate_rule(event):
    if event.recurrence:
        check_bounds(event.recurrence)
    rules = _rules(event)
    if rules[0:1] == []:
        raise RecurrenceError(_("This rule yields no dates."))


def _starts(rules, first, last, limit):
    """Local start times in [first, last]: at most ``limit``, after at most MAX_SCAN dates of the rule."""
    found = []
    for local in itertools.islice(rules, MAX_SCAN):
        if local > last:
            break
        if local >= first:
            found.append(local)
            if len(found) >= limit:
                break
    return found


def occurrences(event, start, end, limit=MAX_OCCURRENCES, maximum=MAX_OCCURRENCES):
    """Occurrences of ``event`` that overlap [start, end) (aware datetimes), the first ``limit`` of them
    (at most ``maximum``; the stored occurrences of a longer horizon allow more)."""
    duration = event.end - event.start
    result = []
    for local in _starts(_rules(event), _local(start - duration), _local(end), min(limit, maximum)):
        begins = local.replace(tzinfo=BERLIN)
        if begins + duration > start and begins < end:
            result.append(Occurrence(event, begins, begins + duration))
    return result


def expand(events, start, end):
    """The earliest MAX_PER_LISTING occurrences of several events in [start, end), in time order."""
    found = []
    for event in events:
        found += occurrences(event, start, end)
    found.sort(key=lambda occurrence: (occurrence.start, occurrence.event.title))
    return found[:MAX_PER_LISTING]


def last_start(event):
    """The local start of the event's last date (None when it has none), after at most MAX_SCAN dates."""
    last = collections.deque(itertools.islice(_rules(event), MAX_SCAN), maxlen=1)
    return last[0] if last else None
