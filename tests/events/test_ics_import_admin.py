"""The admin view "Import calendar": only into calendars the user may add events to; errors in the form."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext

from events.models import EventPage

from .test_ics_import import GOOD, ics, vevent

FIXTURES = Path(__file__).parent / "fixtures"
URL = reverse("events_import")


def upload(data, name="termine.ics"):
    return SimpleUploadedFile(name, data, content_type="text/calendar")


def post(client, calendar, data):
    return client.post(URL, {"calendar": calendar.pk, "file": upload(data), "url": ""})


def test_editor_imports_a_file_as_drafts(client_for, calendars):
    client = client_for("editor_a")
    response = post(client, calendars["a"], (FIXTURES / "outlook.ics").read_bytes())
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[calendars["a"].pk])
    events = EventPage.objects.child_of(calendars["a"])
    assert events.count() == 2
    assert not events.live().exists()
    page = client.get(response["Location"])
    report = gettext("%(created)s new, %(updated)s updated, %(unchanged)s unchanged (all as drafts)") % {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
    }
    assert f"{report}." in page.content.decode()


def test_the_form_offers_only_the_users_calendars(client_for, calendars):
    response = client_for("editor_a").get(URL, {"calendar": calendars["a"].pk})
    assert response.status_code == 200
    choices = list(response.context["form"].fields["calendar"].queryset)
    assert choices == [calendars["a"]]
    assert response.context["form"].initial["calendar"] == calendars["a"]
    county = client_for("county_editor").get(URL).context["form"].fields["calendar"].queryset
    assert set(county) == set(calendars.values())


def test_a_broken_file_shows_every_problem_and_imports_nothing(client_for, calendars):
    bad = vevent("bad@example.org", "Kaputtes Treffen", end="20270310T100000")
    response = post(client_for("editor_a"), calendars["a"], ics(*GOOD, bad))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Es wurde nichts importiert: Der Kalender hat 1 Problem." in html
    assert "Veranstaltung 4 “Kaputtes Treffen” UID bad@example.org" in html
    assert 'role="alert"' in html
    assert not EventPage.objects.child_of(calendars["a"]).exists()


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00garbage", b"<html><body>Login</body></html>"],
    ids=["binary", "html"],
)
def test_garbage_gets_a_message_not_a_500(client_for, calendars, data):
    response = post(client_for("editor_a"), calendars["a"], data)
    assert response.status_code == 200
    message = gettext("This is not an iCalendar file: it must begin with “BEGIN:VCALENDAR”.")
    assert message in response.content.decode()
    assert not EventPage.objects.child_of(calendars["a"]).exists()


def test_file_or_address_is_required_and_not_both(client_for, calendars):
    client = client_for("editor_a")
    neither = client.post(URL, {"calendar": calendars["a"].pk, "url": ""})
    assert gettext("Choose a file or give an address (one of them).") in neither.content.decode()
    both = client.post(
        URL, {"calendar": calendars["a"].pk, "file": upload(ics(GOOD[0])), "url": "https://x.de/a"}
    )
    assert gettext("Choose a file or give an address (one of them).") in both.content.decode()
    bad_scheme = client.post(URL, {"calendar": calendars["a"].pk, "url": "ftp://example.org/a.ics"})
    form = bad_scheme.context["form"]
    assert "url" in form.errors
    scheme = gettext("Give an address that begins with https://, http:// or webcal://.")
    assert scheme in bad_scheme.content.decode()
    assert 'aria-invalid="true" id="id_url"' in bad_scheme.content.decode()
    assert not EventPage.objects.child_of(calendars["a"]).exists()


def test_editor_b_cannot_import_into_town_a(client_for, calendars):
    response = post(client_for("editor_b"), calendars["a"], ics(*GOOD))
    assert response.status_code == 200
    assert "calendar" in response.context["form"].errors
    assert not EventPage.objects.child_of(calendars["a"]).exists()


@pytest.mark.parametrize("role", ["anonymous", "mso_member"])
def test_others_are_refused(client_for, calendars, role):
    client = client_for(role)
    assert client.get(URL).status_code in (302, 403)
    response = post(client, calendars["a"], ics(*GOOD))
    assert response.status_code in (302, 403)
    assert not EventPage.objects.filter(import_uid__startswith="good-").exists()


def test_button_on_the_calendar_and_menu_item(client_for, calendars, make_event):
    make_event("a")
    client = client_for("editor_a")
    explore = client.get(reverse("wagtailadmin_explore", args=[calendars["a"].pk])).content.decode()
    assert f"{URL}?calendar={calendars['a'].pk}" in explore
    town_listing = client.get(reverse("wagtailadmin_explore", args=[calendars["a"].get_parent().pk]))
    assert f"{URL}?calendar={calendars['a'].pk}" in town_listing.content.decode()
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_no_menu_item_without_a_calendar(client_for, calendars):
    assert URL not in client_for("mso_member").get(reverse("wagtailadmin_home")).content.decode()


def test_imported_draft_opens_in_the_page_editor(client_for, calendars):
    client = client_for("editor_a")
    post(client, calendars["a"], (FIXTURES / "google.ics").read_bytes())
    page = EventPage.objects.child_of(calendars["a"]).get(title_de="Sprachcafé")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "FREQ=WEEKLY;UNTIL=20270331T160000;BYDAY=WE" in response.content.decode()
