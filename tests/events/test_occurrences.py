"""The stored occurrences (events.Occurrence) follow every change of an event's dates: publishing,
unpublishing, editing the rule, deleting and the calendar import; the daily refresh rewrites them,
and a period beyond their horizon is still expanded from the rules."""

import datetime

import pytest
from django.core.management import call_command

from events.calendar_io.ics_import import import_calendar
from events.models import EventPage, Occurrence
from events.services import occurrences, recurrence

from .conftest import at, next_weekday

pytestmark = pytest.mark.engine


def stored(event):
    return list(
        Occurrence.objects.filter(event_id=event.pk).order_by("start").values_list("start", flat=True)
    )


def expected(event):
    start, end = occurrences.horizon()
    found = recurrence.occurrences(
        event, start, end, limit=occurrences.MAX_STORED, maximum=occurrences.MAX_STORED
    )
    return [item.start for item in found]


def listed(client, url="/termine/"):
    return [(item.event.pk, item.start) for item in client.get(url).context["result"].paginator.object_list]


def test_publishing_stores_the_dates_and_the_calendar_lists_them(client, make_event):
    event = make_event("county", title="Sprachcafé", recurrence="FREQ=WEEKLY;COUNT=4", publish=False)
    assert listed(client) == []
    event.save_revision().publish()
    assert len(stored(event)) == 4
    assert stored(event) == expected(EventPage.objects.get(pk=event.pk))
    assert listed(client) == [(event.pk, start) for start in stored(event)]


def test_an_unpublished_event_leaves_the_calendars(client, make_event):
    event = make_event("a", recurrence="FREQ=WEEKLY;COUNT=3")
    assert len(listed(client, "/altdorf/termine/")) == 3
    event.unpublish()
    assert listed(client, "/altdorf/termine/") == []
    assert listed(client) == []


def test_editing_the_rule_rewrites_the_dates(client, make_event):
    event = make_event("county", recurrence="FREQ=WEEKLY;COUNT=4")
    second = event.start + datetime.timedelta(weeks=1)
    event.exception_dates = second.date().isoformat()
    event.extra_dates = (event.start + datetime.timedelta(days=2)).date().isoformat()
    event.save_revision().publish()
    dates = stored(event)
    assert second not in dates
    assert event.start + datetime.timedelta(days=2) in dates
    assert len(dates) == 4
    event.recurrence = ""
    event.exception_dates = event.extra_dates = ""
    event.save_revision().publish()
    assert stored(event) == [event.start]
    assert listed(client) == [(event.pk, event.start)]


def test_a_deleted_event_takes_its_dates_along(client, make_event):
    event = make_event("county", recurrence="FREQ=DAILY;COUNT=5")
    assert Occurrence.objects.filter(event_id=event.pk).count() == 5
    event.delete()
    assert not Occurrence.objects.filter(event_id=event.pk).exists()
    assert listed(client) == []


def test_imported_events_are_stored_and_listed_once_published(client, calendars):
    day = next_weekday(3, weeks=1)
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//DE\r\nBEGIN:VEVENT\r\nUID:kurs@example.org\r\n"
        f"SUMMARY:Kurs\r\nDTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T180000\r\n"
        f"DTEND;TZID=Europe/Berlin:{day:%Y%m%d}T200000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    import_calendar(data, calendars["county"])
    event = EventPage.objects.get(import_uid="kurs@example.org")
    assert len(stored(event)) == 3
    assert listed(client) == []  # a draft until someone publishes it
    event.get_latest_revision().publish()
    assert [start for _pk, start in listed(client)] == [
        at(day + datetime.timedelta(weeks=n), 18) for n in range(3)
    ]


def test_the_daily_refresh_rewrites_every_event(client, make_event):
    event = make_event("county", recurrence="FREQ=WEEKLY;COUNT=2")
    EventPage.objects.filter(pk=event.pk).update(recurrence="FREQ=WEEKLY;COUNT=5")  # no save, no signal
    assert len(stored(event)) == 2
    call_command("refresh_occurrences")
    assert len(stored(event)) == 5
    assert len(listed(client)) == 5


def test_a_period_beyond_the_stored_horizon_is_expanded_from_the_rule(client, make_event):
    first = at(next_weekday(2), 16)
    event = make_event("county", start=first, recurrence="FREQ=MONTHLY")
    start = first.date() + datetime.timedelta(days=occurrences.STORED_AHEAD + 10)
    end = start + datetime.timedelta(days=100)
    assert not Occurrence.objects.filter(event_id=event.pk, start__date__gte=start).exists()
    found = listed(client, f"/termine/?start={start}&end={end}")
    assert len(found) in (3, 4)
    assert all(start <= moment.date() <= end for _pk, moment in found)


def test_a_stored_rule_finer_than_daily_keeps_the_bound_of_one_listing(make_event):
    event = make_event("county", recurrence="FREQ=DAILY")
    assert Occurrence.objects.filter(event_id=event.pk).count() > recurrence.MAX_OCCURRENCES
    event.recurrence = "FREQ=SECONDLY"  # saved without the form's checks
    event.save(clean=False)
    assert Occurrence.objects.filter(event_id=event.pk).count() == recurrence.MAX_OCCURRENCES
