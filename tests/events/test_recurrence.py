"""Occurrences in Europe/Berlin wall time, expanded lazily, with exceptions and extra dates."""

import datetime

import pytest

from events.models import EventPage
from events.services.recurrence import (
    RecurrenceError,
    occurrences,
    parse_dates,
    parse_extra_dates,
    validate_rule,
)
from portal.clock import BERLIN

from .conftest import at

pytestmark = pytest.mark.django_db  # page instances look up the default locale


def event(**fields):
    start = fields.pop("start", at(datetime.date(2026, 3, 4), 16))  # a Wednesday, winter time
    return EventPage(title="x", start=start, end=start + datetime.timedelta(hours=2), **fields)


def window(first, days):
    start = at(first, 0)
    return start, start + datetime.timedelta(days=days)


def test_single_event_has_one_occurrence():
    found = occurrences(event(), *window(datetime.date(2026, 3, 1), 30))
    assert [o.start for o in found] == [at(datetime.date(2026, 3, 4), 16)]


def test_weekly_rule_keeps_wall_time_across_daylight_saving():
    found = occurrences(event(recurrence="FREQ=WEEKLY;BYDAY=WE"), *window(datetime.date(2026, 3, 20), 14))
    assert [o.start.astimezone(BERLIN).hour for o in found] == [16, 16]
    assert [o.start.utcoffset() for o in found] == [datetime.timedelta(hours=1), datetime.timedelta(hours=2)]


def test_exceptions_and_extra_dates():
    found = occurrences(
        event(recurrence="FREQ=WEEKLY;BYDAY=WE", exception_dates="2026-03-11", extra_dates="2026-03-13"),
        *window(datetime.date(2026, 3, 1), 20),
    )
    assert [o.start.date() for o in found] == [
        datetime.date(2026, 3, 4),
        datetime.date(2026, 3, 13),
        datetime.date(2026, 3, 18),
    ]


def test_no_horizon_cap_far_in_the_future():
    found = occurrences(event(recurrence="FREQ=WEEKLY;BYDAY=WE"), *window(datetime.date(2046, 1, 1), 7))
    assert len(found) == 1
    assert found[0].start.date().weekday() == 2


def test_occurrence_running_into_the_window_is_included():
    started = at(datetime.date(2026, 3, 4), 23)
    found = occurrences(
        event(start=started), at(datetime.date(2026, 3, 5), 0), at(datetime.date(2026, 3, 6), 0)
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=SOMETIMES", "ungültig"),
        ("FREQ=WEEKLY;COUNT=0", "keine Termine"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "keine Termine"),
    ],
)
def test_rules_that_yield_nothing_are_refused(rule, message):
    with pytest.raises(RecurrenceError, match=message):
        validate_rule(event(recurrence=rule))


def test_malformed_dates_are_named():
    with pytest.raises(RecurrenceError, match="24.12."):
        parse_dates("2026-12-23\n24.12.")


def test_extra_dates_keep_their_own_time():
    found = occurrences(
        event(extra_dates="2026-03-13 18:30\n2026-03-14T09:00\n2026-03-15"),
        *window(datetime.date(2026, 3, 1), 20),
    )
    assert [(o.start.day, o.start.hour, o.start.minute) for o in found] == [
        (4, 16, 0),
        (13, 18, 30),
        (14, 9, 0),
        (15, 16, 0),
    ]
    assert all(o.end - o.start == datetime.timedelta(hours=2) for o in found)


def test_an_impossible_time_is_named():
    with pytest.raises(RecurrenceError, match="25:00"):
        parse_extra_dates("2026-12-24 25:00")
