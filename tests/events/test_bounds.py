"""Bounded work per request: rules finer than daily are refused at import and in the admin form; a
rule stored before that (or written to the database directly) cannot stall a page; imported text
loses its control characters; a calendar fetch is bounded in total time, size and events."""

import datetime
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest
from dateutil import rrule as dateutil_rrule
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from events.calendar_io.ics_import import ICSImportError, import_calendar
from events.calendar_io.subscriptions import sync
from events.models import CalendarSubscription, EventPage, Registration
from events.registration.services import purge
from events.services import recurrence
from tests.forms import empty_streamfields, form_data

from .conftest import at, next_weekday
from .registrations import RegistrationFactory
from .test_ics_import import GOOD, ics, problems_of, vevent
from .test_validation import build

SECONDLY = "FREQ=SECONDLY;COUNT=100000000"
TOO_OFTEN = (
    "An event can repeat at most once a day, not %(frequency)s: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY."
)
NOT_CLEANED = ["path", "depth", "content_type", "locale", "translation_key"]


@pytest.fixture
def rule_dates(monkeypatch):
    """Counts the dates dateutil's rules produce; more than one event's scan limit fails at once."""
    produced = {"count": 0}
    original = dateutil_rrule.rrule._iter

    def counting(self):
        for value in original(self):
            produced["count"] += 1
            assert produced["count"] <= recurrence.MAX_SCAN, "a rule was expanded without bound"
            yield value

    monkeypatch.setattr(dateutil_rrule.rrule, "_iter", counting)
    return produced


@pytest.fixture
def every_second(make_event):
    """A published event whose stored rule (page and draft) repeats every second, as legacy data."""
    event = make_event("a", title="Jede Sekunde", slug="jede-sekunde", start=at(next_weekday(2, weeks=1), 16))
    EventPage.objects.filter(pk=event.pk).update(recurrence=SECONDLY)
    revision = event.latest_revision
    revision.content["recurrence"] = SECONDLY
    revision.save(update_fields=["content"])
    return EventPage.objects.get(pk=event.pk)


def test_a_stored_rule_finer_than_daily_cannot_stall_a_page(client, client_for, every_second, rule_dates):
    pages = [
        "/termine/",
        "/altdorf/termine/",
        "/termine/?view=month",
        "/altdorf/termine/?view=month",
        "/termine/?end=" + every_second.start.date().replace(year=every_second.start.year + 1).isoformat(),
        every_second.url,
        reverse("event_ics", args=[every_second.uid]),
        reverse("calendar_all"),
    ]
    for url in pages:
        rule_dates["count"] = 0
        response = client.get(url)
        assert response.status_code == 200, url
        assert rule_dates["count"] <= recurrence.MAX_OCCURRENCES + 1, url
        if "result" in (response.context or {}):
            assert response.context["result"].count <= recurrence.MAX_OCCURRENCES
    assert b"RRULE:FREQ=SECONDLY" in client.get(reverse("calendar_all")).content
    rule_dates["count"] = 0
    draft = client_for("admin").get(reverse("wagtailadmin_pages:view_draft", args=[every_second.pk]))
    assert draft.status_code == 200
    assert len(draft.context["upcoming"]) == 10


def test_the_purge_reads_a_stored_rule_finer_than_daily_only_up_to_the_scan_limit(course, rule_dates):
    event = course(title="Sekündlich", start=at(next_weekday(2, weeks=1), 16))
    EventPage.objects.filter(pk=event.pk).update(recurrence=SECONDLY)
    registration = RegistrationFactory(event=event)
    rule_dates["count"] = 0
    purge()
    assert rule_dates["count"] == recurrence.MAX_SCAN
    assert Registration.objects.filter(pk=registration.pk).exists()


def test_expanding_a_rule_that_started_long_ago_stops_after_the_scan_limit(db, rule_dates):
    event = build(recurrence=SECONDLY)
    event.start -= datetime.timedelta(days=2)  # 172,800 seconds before the window
    event.end -= datetime.timedelta(days=2)
    start = event.start + datetime.timedelta(days=2)
    found = recurrence.occurrences(event, start, start + datetime.timedelta(days=90))
    assert found == []
    assert rule_dates["count"] == recurrence.MAX_SCAN


def test_a_listing_keeps_the_earliest_occurrences_and_says_so(client, make_event):
    first = at(next_weekday(2), 16)
    for number in range(6):  # 6 daily events over a year: 2,196 dates
        make_event("a", title=f"Täglich {number}", slug=f"t{number}", start=first, recurrence="FREQ=DAILY")
    end = first.date() + datetime.timedelta(days=365)
    result = client.get(f"/altdorf/termine/?start={first.date()}&end={end}").context["result"]
    assert result.count == recurrence.MAX_PER_LISTING
    last_kept = result.paginator.object_list[-1].start
    assert last_kept < at(end, 0)
    notice = gettext("Only the first %(count)s dates are shown; choose a shorter period or a filter.")
    assert notice % {"count": recurrence.MAX_PER_LISTING} in result.notices


@pytest.mark.parametrize(
    ("rule", "frequency"),
    [(SECONDLY, "SECONDLY"), ("FREQ=MINUTELY", "MINUTELY"), ("FREQ=HOURLY;INTERVAL=2", "HOURLY")],
)
def test_rules_finer_than_daily_are_refused_at_import_in_the_users_language(rule, frequency, calendars):
    data = ics(GOOD[0], vevent("fast@example.org", "Schnell", extra=f"RRULE:{rule}"))
    with translation.override("de"):
        problems = problems_of(data)
        expected = gettext(TOO_OFTEN) % {"frequency": frequency}
    assert expected != TOO_OFTEN % {"frequency": frequency}  # the German text
    assert len(problems) == 1
    assert "“Schnell”" in problems[0]
    assert expected in problems[0]
    with pytest.raises(ICSImportError):
        import_calendar(data, calendars["a"])
    assert not EventPage.objects.child_of(calendars["a"]).exists()


COSTLY_RULES = [
    "FREQ=MINUTELY",
    "FREQ=SECONDLY;COUNT=100000000",
    "FREQ=DAILY;BYHOUR=9,10,11",
    "FREQ=DAILY;BYMONTHDAY=15",  # a day filter on a daily rule: MONTHLY says the same, cheaply
    "FREQ=WEEKLY;BYMONTHDAY=30",
    "FREQ=MONTHLY;BYWEEKNO=20",
    "DTSTART:19000101T000000\nRRULE:FREQ=DAILY",
]


def test_rules_that_would_cost_unbounded_work_are_refused_on_the_model_and_others_pass(db):
    for rule in COSTLY_RULES:
        with pytest.raises(ValidationError) as error:
            build(recurrence=rule).full_clean(exclude=NOT_CLEANED)
        assert "recurrence" in error.value.message_dict, rule
    for rule in (
        "FREQ=DAILY",
        "FREQ=DAILY;BYHOUR=9",
        "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=YEARLY;BYWEEKNO=20",
    ):
        build(recurrence=rule).full_clean(exclude=NOT_CLEANED)


def test_minutely_without_end_is_refused_in_the_admin_form(client_for, make_event):
    event = make_event("a", title="Sprachcafé", recurrence="FREQ=WEEKLY")
    client = client_for("editor_a")
    url = reverse("wagtailadmin_pages:edit", args=[event.pk])
    data = {**form_data(client.get(url), "form#page-edit-form"), **empty_streamfields(EventPage)}
    data.update({"recurrence": "FREQ=MINUTELY", "action-publish": "action-publish"})
    response = client.post(url, data)
    assert response.status_code == 200
    with translation.override("de"):  # the admin's language of a user who chose none
        expected = gettext(TOO_OFTEN) % {"frequency": "MINUTELY"}
    assert response.context["form"].errors["recurrence"] == [expected]
    assert EventPage.objects.get(pk=event.pk).recurrence == "FREQ=WEEKLY"


def test_control_characters_are_removed_from_imported_text(calendars):
    extra = "DESCRIPTION:Mit\x00 Kaffee\x1b und Tee\nLOCATION:Rathaus\x07, 12345 Altdorf"
    import_calendar(ics(vevent("nul@example.org", "Sprach\x00café", extra=extra)), calendars["a"])
    event = EventPage.objects.child_of(calendars["a"]).get()
    assert (event.title, event.intro) == ("Sprachcafé", "Mit Kaffee und Tee")
    assert (event.street, event.city) == ("Rathaus", "Altdorf")


# --- Fetching: bounded in total time, size and events ---------------------------------------------

BODY = ics(GOOD[0])


@pytest.fixture
def trickling(settings):
    """A local server that sends ``BODY`` one byte every 0.2 s; ``headers`` are added to its answer."""
    settings.EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES = True
    sent, headers = [], {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            for name, value in {"Content-Type": "text/calendar", **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            try:
                for byte in BODY:
                    self.wfile.write(bytes([byte]))
                    sent.append(byte)
                    time.sleep(0.2)
            except OSError:  # the client hung up
                return

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Thread(target=httpd.serve_forever, daemon=True).start()
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}/slow.ics"
    httpd.sent, httpd.headers = sent, headers
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_a_trickling_server_is_cut_off_at_the_total_deadline(trickling, calendars, settings):
    settings.EVENTS_FETCH_TOTAL_TIMEOUT = 1
    subscription = CalendarSubscription.objects.create(calendar=calendars["a"], url=trickling.url)
    began = time.monotonic()
    assert sync(subscription) is None
    assert time.monotonic() - began < 3
    assert len(trickling.sent) < len(BODY) // 2
    message = gettext("The calendar at this address could not be downloaded in time (at most %(seconds)s s).")
    assert subscription.last_error == message % {"seconds": 1}
    assert not EventPage.objects.child_of(calendars["a"]).exists()


def test_an_announced_oversize_body_is_refused_before_reading(trickling, calendars, settings):
    settings.EVENTS_IMPORT_MAX_BYTES = 100
    trickling.headers["Content-Length"] = str(10 * 1024 * 1024)
    subscription = CalendarSubscription.objects.create(calendar=calendars["a"], url=trickling.url)
    assert sync(subscription) is None
    assert len(trickling.sent) < 5
    message = gettext("The calendar at this address is larger than %(limit).1f MB.")
    assert subscription.last_error == message % {"limit": 100 / (1024 * 1024)}


def test_too_many_events_are_refused_before_the_file_is_parsed(settings):
    settings.EVENTS_IMPORT_MAX_EVENTS = 3
    broken = "BEGIN:VEVENT\r\nDTSTART:kaputt\r\nBEGIN:VALARM\r\n"  # never closed: the parser would fail
    data = ics(*GOOD, vevent("four@example.org", "Vier")).replace(b"END:VCALENDAR", broken.encode())
    message = gettext("The file holds %(count)s events; at most %(limit)s can be imported at once.")
    assert problems_of(data) == [message % {"count": 5, "limit": 3}]
