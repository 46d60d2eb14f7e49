"""iCalendar output parsed with the icalendar library."""

import datetime

from icalendar import Calendar

from .conftest import at, next_weekday


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events_of(calendar):
    return list(calendar.walk("VEVENT"))


def test_event_ics_is_valid_rfc5545(client, make_event):
    event = make_event(recurrence="FREQ=WEEKLY;BYDAY=WE", exception_dates=next_weekday(2, 1).isoformat())
    calendar = parse(client.get(f"/calendar/event/{event.uid}.ics"))
    assert calendar["VERSION"] == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    (item,) = events_of(calendar)
    assert str(item["UID"]) == f"{event.uid}@kreisnetz"
    assert item["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert item["DTSTART"].dt == event.start
    assert item["RRULE"]["FREQ"] == ["WEEKLY"]
    assert item["EXDATE"].dts[0].dt.date() == next_weekday(2, 1)
    assert item["STATUS"] == "CONFIRMED"


def test_sequence_rises_on_change_and_uid_stays(client, make_event):
    event = make_event()
    uid = event.uid
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save_revision().publish()
    (item,) = events_of(parse(client.get(f"/calendar/event/{uid}.ics")))
    assert item["SEQUENCE"] == 1
    assert str(item["UID"]) == f"{uid}@kreisnetz"


def test_cancelled_event_is_marked(client, make_event):
    event = make_event(status="cancelled")
    (item,) = events_of(parse(client.get(f"/calendar/event/{event.uid}.ics")))
    assert item["STATUS"] == "CANCELLED"


def test_feeds_per_town_kind_and_all(client, make_event, town_a):
    make_event("a", title="In A", kind="sport")
    make_event("b", title="In B", kind="training", training_audience="everyone")
    titles = lambda url: sorted(str(e["SUMMARY"]) for e in events_of(parse(client.get(url))))  # noqa: E731
    assert titles("/calendar/all.ics") == ["In A", "In B"]
    assert titles(f"/calendar/town/{town_a.page.slug}.ics") == ["In A"]
    assert titles("/calendar/kind/training.ics") == ["In B"]
    assert client.get("/calendar/kind/unbekannt.ics").status_code == 404


def test_unpublished_events_are_not_in_feeds(client, make_event):
    make_event(title="Entwurf", publish=False)
    assert events_of(parse(client.get("/calendar/all.ics"))) == []


def test_all_day_event_uses_dates(client, make_event):
    event = make_event(all_day=True, start=at(next_weekday(5), 0), hours=24)
    (item,) = events_of(parse(client.get(f"/calendar/event/{event.uid}.ics")))
    assert isinstance(item["DTSTART"].dt, datetime.date)
    assert not isinstance(item["DTSTART"].dt, datetime.datetime)


def test_a_copied_event_gets_its_own_uid(make_event, calendars):
    event = make_event(title="Original")
    copy = event.copy(update_attrs={"slug": "kopie", "title": "Kopie"})
    assert copy.uid != event.uid
    assert copy.sequence == 0
