"""Importing .ics files: drafts, re-import by UID, Outlook/Google files, broken files (all or nothing)."""

import datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_lazy
from icalendar import Calendar

from events.calendar_io import ics_import
from events.calendar_io.ics_import import ICSImportError, import_calendar, parse
from events.models import EventPage
from portal.clock import BERLIN

from .conftest import at, next_weekday

FIXTURES = Path(__file__).parent / "fixtures"


def ics(*events):
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//DE\r\n{body}END:VCALENDAR\r\n".encode()


def vevent(uid, summary, start="20270310T180000", end="20270310T200000", extra=""):
    lines = [f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART;TZID=Europe/Berlin:{start}"]
    if end:
        lines.append(f"DTEND;TZID=Europe/Berlin:{end}")
    return "\r\n".join([*lines, *filter(None, extra.split("\n"))])


NOT_ICALENDAR = gettext_lazy("This is not an iCalendar file: it must begin with “BEGIN:VCALENDAR”.")
GOOD = [vevent(f"good-{n}@example.org", f"Treffen {n}") for n in (1, 2, 3)]


def imported(calendar):
    return EventPage.objects.child_of(calendar)


def problems_of(data):
    with pytest.raises(ICSImportError) as caught:
        parse(data)
    return caught.value.problems


def test_roundtrip_of_our_own_export_into_another_town(client, make_event, calendars, users):
    source = make_event(
        "a",
        title="Sprachcafé",
        recurrence="FREQ=WEEKLY;BYDAY=WE",
        exception_dates=next_weekday(2, 1).isoformat(),
        street="Marktplatz 1",
        postcode="12345",
        city="Altdorf",
        intro="Deutsch sprechen bei Kaffee.",
    )
    make_event("a", title="Abgesagt", status="cancelled", start=at(next_weekday(4), 10))
    make_event("a", title="Fest", all_day=True, start=at(next_weekday(5), 0), hours=1)
    feed = client.get("/calendar/all.ics").content

    report = import_calendar(feed, calendars["b"], user=users["editor_b"])

    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    copy = imported(calendars["b"]).get(title_de="Sprachcafé")
    assert copy.import_uid == f"{source.uid}@kreisnetz"
    assert copy.uid != source.uid
    assert (copy.start, copy.end) == (source.start, source.end)
    assert copy.recurrence == "FREQ=WEEKLY;BYDAY=WE"
    assert copy.exception_dates == source.exception_dates
    assert (copy.street, copy.postcode, copy.city) == ("Marktplatz 1", "12345", "Altdorf")
    assert copy.intro_de == "Deutsch sprechen bei Kaffee."
    assert copy.online_url == ""  # the page URL of the source is no meeting link
    assert imported(calendars["b"]).get(title_de="Abgesagt").status == "cancelled"
    feast = imported(calendars["b"]).get(title_de="Fest")
    assert feast.all_day and feast.start.astimezone(BERLIN).date() == next_weekday(5)
    assert not imported(calendars["b"]).live().exists()
    assert {page.owner for page in imported(calendars["b"])} == {users["editor_b"]}
    assert {page.town_id for page in imported(calendars["b"])} == {calendars["b"].town_scope().pk}


def test_a_published_roundtrip_exports_the_same_times(client, make_event, calendars):
    make_event("a", title="Fest", all_day=True, start=at(next_weekday(5), 0), hours=1)
    before = Calendar.from_ical(client.get("/calendar/all.ics").content).walk("VEVENT")[0]
    import_calendar(client.get("/calendar/all.ics").content, calendars["b"])
    copy = imported(calendars["b"]).get()
    copy.save_revision().publish()
    after = Calendar.from_ical(client.get(f"/calendar/event/{copy.uid}.ics").content).walk("VEVENT")[0]
    assert after["DTSTART"].dt == before["DTSTART"].dt
    assert after["DTEND"].dt == before["DTEND"].dt


def test_outlook_file(calendars):
    report = import_calendar((FIXTURES / "outlook.ics").read_bytes(), calendars["a"])
    assert report.created == 2
    advice = imported(calendars["a"]).get(title_de="Migrationsberatung im Rathaus")
    assert advice.start == datetime.datetime(2027, 1, 12, 14, tzinfo=BERLIN)
    assert advice.end == datetime.datetime(2027, 1, 12, 16, tzinfo=BERLIN)
    # UNTIL in UTC becomes Berlin wall time, as our recurrence code reads rules.
    assert advice.recurrence == "FREQ=WEEKLY;UNTIL=20270330T150000;INTERVAL=1;BYDAY=TU;WKST=MO"
    assert advice.exception_dates == "2027-02-09"
    assert advice.street == "Rathaus Altdorf, Marktplatz 1"
    assert (advice.postcode, advice.city) == ("12345", "Altdorf")
    assert advice.intro_de == "Beratung zu Aufenthalt, Arbeit und Wohnen.\nOhne Anmeldung."
    online = imported(calendars["a"]).get(title_de="Infoabend Ehrenamt (online)")
    assert online.online_url.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert online.street == ""


def test_google_file(calendars):
    report = import_calendar((FIXTURES / "google.ics").read_bytes(), calendars["a"])
    assert report.created == 4
    series = imported(calendars["a"]).get(title_de="Sprachcafé")
    assert series.recurrence == "FREQ=WEEKLY;UNTIL=20270331T160000;BYDAY=WE"
    # The moved date and the cancelled date are skipped by the series ...
    assert series.exception_dates == "2027-01-20\n2027-01-27"
    assert series.intro_de == "Sprachcafé für alle.\nKaffee und Kuchen gibt es gratis.\nMehr"
    assert "<" not in series.intro_de
    # ... and the moved one is an event of its own.
    moved = imported(calendars["a"]).get(title_de="Sprachcafé (später)")
    assert moved.start == datetime.datetime(2027, 1, 20, 17, tzinfo=BERLIN)
    feast = imported(calendars["a"]).get(title_de="Fest der Kulturen")
    assert feast.all_day
    assert feast.start == datetime.datetime(2027, 2, 13, tzinfo=BERLIN)
    assert feast.end.date() == datetime.date(2027, 2, 14)
    evening = imported(calendars["a"]).get(title_de="Elternabend online")
    assert evening.start == datetime.datetime(2027, 3, 1, 18, tzinfo=BERLIN)  # 17:00 UTC
    assert evening.status == "cancelled"
    assert evening.online_url == "https://meet.google.com/abc-defg-hij"


def test_floating_times_are_berlin_and_dates_without_end_last_a_day(calendars):
    floating = "UID:f@x\r\nSUMMARY:Frei\r\nDTSTART:20270710T100000\r\nDTEND:20270710T113000"
    day = "UID:d@x\r\nSUMMARY:Tag\r\nDTSTART;VALUE=DATE:20270711"
    import_calendar(ics(floating, day), calendars["a"])
    free = imported(calendars["a"]).get(title_de="Frei")
    assert free.start == datetime.datetime(2027, 7, 10, 10, tzinfo=BERLIN)
    whole_day = imported(calendars["a"]).get(title_de="Tag")
    assert whole_day.all_day and whole_day.end.date() == datetime.date(2027, 7, 11)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x00\xff\xfe\x12garbage\x9c" * 40, NOT_ICALENDAR),
        (b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>", NOT_ICALENDAR),
        (b"", gettext_lazy("The file is empty.")),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n garbage\r\n",
            "Dies ist keine gültige iCalendar-Datei: ",
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            gettext_lazy("The file holds no events (VEVENT)."),
        ),
        (
            ics("this line is garbage\r\nSUMMARY:Kaputt"),
            "Veranstaltung 1 “Kaputt”: eine Zeile kann nicht gelesen werden (",
        ),
        (ics("UID:n@x\r\nSUMMARY:Ohne Beginn"), gettext_lazy("it has no start (DTSTART)")),
        (ics(vevent("r@x", "Regel", extra="RRULE:FREQ=SOMETIMES")), "RRULE"),
        (ics(vevent("r@x", "Keine Termine", extra="RRULE:FREQ=DAILY;UNTIL=20260101")), "RRULE"),
        (
            ics(vevent("e@x", "Rückwärts", end="20270310T170000")),
            gettext_lazy("it ends (DTEND) before or when it starts (DTSTART)"),
        ),
        (ics("UID:z@x\r\nSUMMARY:Mars\r\nDTSTART;TZID=Mars/Olympus:20270310T180000"), "Mars/Olympus"),
        (ics(vevent("t@x", "", extra="")), gettext_lazy("it has no title (SUMMARY)")),
        (
            ics(GOOD[0], GOOD[0]),
            "Veranstaltung 2 “Treffen 1” UID good-1@example.org: "
            "Die UID wird bereits von Veranstaltung 1 verwendet.",
        ),
        (
            ics("UID:t@x\r\nSUMMARY:Zeit\r\nDTSTART;VALUE=TIME:100000"),
            "Veranstaltung 1 “Zeit” UID t@x: ihre Termine können nicht gelesen werden (",
        ),
    ],
    ids=[
        "garbage",
        "html",
        "empty",
        "broken-syntax",
        "no-events",
        "garbage-line",
        "no-dtstart",
        "bad-rrule",
        "rule-without-dates",
        "end-before-start",
        "unknown-tzid",
        "no-summary",
        "duplicate-uid",
        "time-only",
    ],
)
def test_broken_files_name_the_problem_and_import_nothing(data, expected, calendars):
    with pytest.raises(ICSImportError) as caught:
        import_calendar(data, calendars["a"])
    assert str(expected) in " ".join(caught.value.problems)
    assert not imported(calendars["a"]).exists()


def test_three_good_events_and_one_bad_import_nothing_and_name_the_bad_one(calendars):
    bad = vevent("bad@example.org", "Kaputtes Treffen", end="20270310T100000")
    problems = problems_of(ics(*GOOD[:2], bad, GOOD[2]))
    assert len(problems) == 1
    assert problems[0] == (
        "Veranstaltung 3 “Kaputtes Treffen” UID bad@example.org: "
        "sie endet (DTEND) vor oder gleichzeitig mit ihrem Beginn (DTSTART)."
    )
    with pytest.raises(ICSImportError):
        import_calendar(ics(*GOOD[:2], bad, GOOD[2]), calendars["a"])
    assert not imported(calendars["a"]).exists()


def test_every_problem_is_listed_at_once():
    problems = problems_of(ics(GOOD[0], "UID:a@x\r\nSUMMARY:A", vevent("b@x", "B", extra="RRULE:FREQ=NEVER")))
    assert [problem.split(":")[0] for problem in problems] == [
        "Veranstaltung 2 “A” UID a@x",
        "Veranstaltung 3 “B” UID b@x",
    ]


def test_too_large_file_is_refused(settings, calendars):
    settings.EVENTS_IMPORT_MAX_BYTES = 1000
    data = ics(*[vevent(f"{n}@x", f"Treffen {n}") for n in range(20)])
    with pytest.raises(ICSImportError) as caught:
        import_calendar(data, calendars["a"])
    assert caught.value.problems == [
        gettext("The file is too large (%(size)s); at most %(limit)s can be imported.")
        % {"size": f"{len(data) / (1024 * 1024):.1f} MB", "limit": "0.0 MB"}
    ]
    assert not imported(calendars["a"]).exists()


def test_a_failure_while_saving_rolls_back_every_event(monkeypatch, calendars):
    real_save = ics_import._save
    calls = []

    def failing_save(item, *args):
        calls.append(item.uid)
        if len(calls) == 2:
            raise ValidationError({"slug": ["kaputt"]})
        return real_save(item, *args)

    monkeypatch.setattr(ics_import, "_save", failing_save)
    with pytest.raises(ICSImportError) as caught:
        import_calendar(ics(*GOOD), calendars["a"])
    assert "Treffen 2" in caught.value.problems[0]
    assert not imported(calendars["a"]).exists()


def test_reimport_updates_by_uid_without_duplicating_or_publishing(calendars, users):
    import_calendar(ics(*GOOD), calendars["a"], user=users["editor_a"])
    first = imported(calendars["a"]).get(import_uid="good-1@example.org")
    first.save_revision(user=users["editor_a"]).publish()  # the town published it after checking
    changed = vevent("good-1@example.org", "Treffen 1 (neue Zeit)", "20270310T190000", "20270310T210000")

    report = import_calendar(ics(changed, *GOOD[1:]), calendars["a"], user=users["editor_a"])

    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert imported(calendars["a"]).count() == 3
    page = EventPage.objects.get(pk=first.pk)
    assert page.title_de == "Treffen 1"  # the published version stays until someone publishes
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert draft.title_de == "Treffen 1 (neue Zeit)"
    assert draft.start == datetime.datetime(2027, 3, 10, 19, tzinfo=BERLIN)
    assert not imported(calendars["a"]).exclude(pk=first.pk).live().exists()


def test_same_uid_in_another_calendar_is_another_event(calendars):
    import_calendar(ics(GOOD[0]), calendars["a"])
    report = import_calendar(ics(GOOD[0]), calendars["b"])
    assert report.created == 1
    assert EventPage.objects.filter(import_uid="good-1@example.org").count() == 2


def test_slugs_stay_unique_for_events_with_the_same_title(calendars):
    same = [vevent(f"{n}@x", "Sprachcafé") for n in range(3)]
    import_calendar(ics(*same), calendars["a"])
    assert sorted(imported(calendars["a"]).values_list("slug_de", flat=True)) == [
        "sprachcafe",
        "sprachcafe-2",
        "sprachcafe-3",
    ]
