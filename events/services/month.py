"""A month of occurrences as weeks of days (Monday first), for the calendar's month view."""

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)


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


def month_grid(first, occurrences, today):
    """Weeks of the month starting ``first``; each occurrence sits on the day it starts."""
    by_day = {}
    for occurrence in occurrences:
        by_day.setdefault(occurrence.start.date(), []).append(occurrence)
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first.year, first.month)
    return Month(
        first,
        [
            [Day(day, day.month == first.month, day == today, by_day.get(day, [])) for day in week]
            for week in weeks
        ],
    )
