"""The hourly synchronisation: events belong to whoever set up the subscription, events deleted in
the portal stay deleted (tombstones per feed and UID), RDATEs keep their own time."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from events.calendar_io.ics_export import calendar_for
from events.calendar_io.ics_import import import_calendar, parse
from events.calendar_io.subscriptions import sync
from events.models import CalendarSubscription, EventPage, ImportTombstone
from events.services.recurrence import occurrences
from portal.clock import BERLIN

from . import test_calendar_subscriptions
from .test_ics_import import GOOD, ics, vevent

pytestmark = pytest.mark.django_db
server = test_calendar_subscriptions.server  # the local HTTP server fixture


def test_a_subscription_added_in_the_admin_owns_the_events_the_hourly_job_imports(
    client_for,
    users,
    calendars,
    server,
):
    server.files["/a.ics"] = ics(*GOOD)
    response = client_for("editor_a").post(
        reverse("calendar_subscriptions:add"),
        {"calendar": calendars["a"].pk, "url": f"{server.base}/a.ics", "active": "on"},
    )
    assert response.status_code == 302
    subscription = CalendarSubscription.objects.get()
    assert subscription.owner == users["editor_a"]
    assert sync(subscription).created == 3  # the hourly job: no user
    events = EventPage.objects.child_of(calendars["a"])
    assert {event.owner_id for event in events} == {users["editor_a"].pk}
    assert {event.get_latest_revision().user_id for event in events} == {users["editor_a"].pk}


def test_events_imported_before_owners_get_one_at_the_next_sync(users, calendars, server):
    server.files["/a.ics"] = ics(*GOOD)
    subscription = CalendarSubscription.objects.create(calendar=calendars["a"], url=f"{server.base}/a.ics")
    sync(subscription)
    assert not EventPage.objects.filter(owner__isnull=False).exists()
    subscription.owner = users["editor_a"]
    subscription.save()
    assert sync(subscription).unchanged == 3
    assert set(EventPage.objects.values_list("owner_id", flat=True)) == {users["editor_a"].pk}


def test_an_imported_event_deleted_in_the_portal_stays_deleted(
    calendars,
    server,
    django_capture_on_commit_callbacks,
):
    server.files["/a.ics"] = ics(*GOOD)
    subscription = CalendarSubscription.objects.create(calendar=calendars["a"], url=f"{server.base}/a.ics")
    sync(subscription)
    deleted = EventPage.objects.get(import_uid="good-1@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        deleted.delete()
    assert ImportTombstone.objects.filter(subscription=subscription, import_uid="good-1@example.org").exists()
    report = sync(subscription)
    assert (report.created, report.unchanged, report.deleted) == (0, 2, 1)
    assert not EventPage.objects.filter(import_uid="good-1@example.org").exists()
    # Another feed with the same UID is another calendar's event: not buried.
    other = CalendarSubscription.objects.create(calendar=calendars["b"], url=f"{server.base}/a.ics")
    assert sync(other).created == 3


def test_a_manual_import_leaves_no_tombstone(calendars, django_capture_on_commit_callbacks):
    import_calendar(ics(*GOOD), calendars["a"])
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(import_uid="good-1@example.org").delete()
    assert not ImportTombstone.objects.exists()


RDATES = (
    "RRULE:FREQ=WEEKLY;COUNT=2\n"
    "RDATE;TZID=Europe/Berlin:20270320T100000,20270327T180000\n"
    "RDATE;VALUE=DATE-TIME:20270403T090000Z\n"
    "RDATE;VALUE=DATE:20270410"
)


def test_rdates_keep_their_own_time_and_zone():
    item = parse(ics(vevent("r@example.org", "Sprachcafé", extra=RDATES)))[0]
    # 18:00 is the start's own time: only the date; 09:00 UTC in summer is 11:00 in Berlin.
    assert item.values["extra_dates"].split("\n") == [
        "2027-03-20 10:00",
        "2027-03-27",
        "2027-04-03 11:00",
        "2027-04-10",
    ]


def test_imported_rdate_times_reach_the_occurrences_and_the_export(calendars, client):
    import_calendar(ics(vevent("r@example.org", "Sprachcafé", extra=RDATES)), calendars["a"])
    event = EventPage.objects.get(import_uid="r@example.org")
    start = datetime.datetime(2027, 3, 1, tzinfo=BERLIN)
    found = occurrences(event, start, start + datetime.timedelta(60))
    starts = [item.start.astimezone(BERLIN) for item in found]
    assert [(moment.date().isoformat(), moment.hour) for moment in starts] == [
        ("2027-03-10", 18),
        ("2027-03-17", 18),
        ("2027-03-20", 10),
        ("2027-03-27", 18),
        ("2027-04-03", 11),
        ("2027-04-10", 18),
    ]
    assert all(item.end - item.start == datetime.timedelta(hours=2) for item in found)
    stored = sorted(event.stored_occurrences.values_list("start", flat=True))
    assert datetime.datetime(2027, 4, 3, 11, tzinfo=BERLIN) in stored
    exported = Calendar.from_ical(calendar_for([event], None, "x").to_ical()).walk("VEVENT")[0]
    props = exported.get("RDATE")
    props = props if isinstance(props, list) else [props]
    rdates = {item.dt.astimezone(BERLIN) for prop in props for item in prop.dts}
    assert datetime.datetime(2027, 3, 20, 10, tzinfo=BERLIN) in rdates
    assert datetime.datetime(2027, 4, 3, 11, tzinfo=BERLIN) in rdates
