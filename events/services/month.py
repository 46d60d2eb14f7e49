"""A month of occurrences as weeks of days (Monday first), for the calendar's month view."""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from portal.clock import BERLIN

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)
    more: int = 0  # occurrences of the day not shown in the month (MAX_PER_DAY)


@dataclass
class Month:
    first: datetime.date
    weeks: list

    @property
    def previous(self):
        return (self.first - datetime.timedelta(days=1)).replace(day=1)

    @property
    def next(self):
        return (self.first + datetime.timedelta(days=32)).replace(day=1)

    @property
    def param(self):
        return self.first.strftime("%Y-%m")

    @property
    def is_empty(self):
        return not any(day.occurrences for week in self.weeks for day in week if day.in_month)


def parse_month(value, today, notices):
    """The first day of the month named by ``value`` (YYYY-MM), or of this month with a notice."""
    if not value:
        return today.replace(day=1)
    match = MONTH_PATTERN.match(value.strip())
    if match:
        year, month = int(match[1]), int(match[2])
        if 1900 <= year <= 2999 and 1 <= month <= 12:
            return datetime.date(year, month, 1)
    notices.append(_("The month was not valid (use YYYY-MM); this month is shown."))
    return today.replace(day=1)


def local_day(occurrence):
    return occurrence.start.astimezone(BERLIN).date()


def month_grid(first, occurrences, today, counts=None):
    """Weeks of the month starting ``first``; each occurrence sits on the day (in Berlin) it starts.

    ``counts`` ({day: occurrences starting that day}) tells how many a day has when ``occurrences``
    holds only the first of each day: the rest is the day's ``more``.
    """
    by_day = {}
    for occurrence in occurrences:
        by_day.setdefault(local_day(occurrence), []).append(occurrence)
    counts = counts or {}
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first.year, first.month)
    return Month(
        first,
        [
            [_day(day, first, today, by_day.get(day, []), counts.get(day, 0)) for day in week]
            for week in weeks
        ],
    )


def _day(day, first, today, occurrences, count):
    return Day(day, day.month == first.month, day == today, occurrences, max(count - len(occurrences), 0))


def first_of_each_day(occurrences, per_day):
    """(The first ``per_day`` of ``occurrences`` (in time order) on each day, {day: their number})."""
    shown, counts = [], {}
    for occurrence in occurrences:
        day = local_day(occurrence)
        counts[day] = counts.get(day, 0) + 1
        if counts[day] <= per_day:
            shown.append(occurrence)
    return shown, counts
