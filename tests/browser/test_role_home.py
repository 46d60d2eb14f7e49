"""Journeys from the role dashboards, without typing a URL (German and English admin):
an MSO member submits an event from their admin home; a moderator approves it from theirs."""

import datetime

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.users.models import UserProfile

from events.models import EventIndexPage, EventSubmission, SubmissionStatus
from events.submissions import services as submissions
from organisations.factories import OrganisationFactory
from organisations.models import Organisation
from portal import tenancy
from portal.clock import BERLIN
from portal.factories import UserFactory
from tests.conftest import COUNTY_NAME, TOWN_NAMES, ensure_wagtail_root

from .conftest import VIEWPORTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = {
    "de": {
        "submit": "Veranstaltung einreichen",
        "approve": "Freigeben und Veröffentlichen",
        "waiting": "Wartet auf Moderation",
    },
    "en": {
        "submit": "Submit an event",
        "approve": "Approve and Publish",
        "waiting": "Waiting for moderation",
    },
}


@pytest.fixture
def place():
    ensure_wagtail_root()
    county = tenancy.setup_county(COUNTY_NAME)
    town = tenancy.create_town(TOWN_NAMES["a"])
    calendar = EventIndexPage(title="Termine", slug="termine")
    town.page.add_child(instance=calendar)
    calendar.save_revision().publish()
    member = UserFactory(username="mso", groups=[Group.objects.get(name=tenancy.group_name("mso_members"))])
    organisation = OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO)
    organisation.members.add(member)
    moderator = UserFactory(username="mod", groups=[Group.objects.get(name=tenancy.group_name("moderators"))])
    return {
        "county": county,
        "town": town,
        "calendar": calendar,
        "member": member,
        "organisation": organisation,
        "moderator": moderator,
    }


def admin_home(browser, server, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "url": server.url,
            }
        ]
    )
    page = context.new_page()
    page.goto(server.url + "/admin/")
    return page


@pytest.mark.parametrize("language", ["de", "en"])
def test_mso_member_submits_an_event_from_the_dashboard(browser, server, place, language):
    page = admin_home(browser, server, place["member"], language)
    panel = page.locator('[data-next-steps="member-events"]')
    panel.get_by_role("link", name=WORDS[language]["submit"]).click()  # click 1
    page.wait_for_selector("main form")
    day = datetime.datetime.now(tz=BERLIN).date() + datetime.timedelta(days=12)
    page.fill("#id_title", "Syrischer Kochabend")
    page.fill("#id_description", "Wir kochen zusammen und lernen uns kennen.")
    page.fill("#id_date", day.isoformat())
    page.fill("#id_start_time", "18:00")
    page.fill("#id_end_time", "21:00")
    page.fill("#id_city", "Altdorf")
    page.locator("main button[type=submit]").click()  # click 2
    page.wait_for_load_state()
    item = EventSubmission.objects.get(submitter=place["member"])
    assert item.status == SubmissionStatus.PENDING and item.language == language
    page.goto(server.url + "/admin/")  # back to the dashboard: the submission with its status
    rows = page.locator('[data-next-steps="member-events"] [data-item]')
    assert rows.count() == 1
    assert "Syrischer Kochabend" in rows.first.inner_text()


@pytest.mark.parametrize("language", ["de", "en"])
def test_moderator_approves_a_submission_from_the_dashboard(browser, server, place, language):
    day = datetime.datetime.now(tz=BERLIN).date() + datetime.timedelta(days=12)
    data = {
        "organisation": place["organisation"],
        "calendar": (place["town"].page, place["calendar"]),
        "title": "Syrischer Kochabend",
        "description": "Wir kochen zusammen.",
        "kind": "culture",
        "date": day,
        "start_time": datetime.time(18),
        "end_time": datetime.time(21),
        "cost": "free",
    }
    item = submissions.submit_event(place["member"], data, "de")
    page = admin_home(browser, server, place["moderator"], language)
    assert page.get_by_role("heading", name=WORDS[language]["waiting"]).is_visible()
    panel = page.locator('[data-next-steps="moderation"]')
    assert panel.locator("[data-item]").count() == 1
    panel.get_by_role("link", name="Syrischer Kochabend").click()  # click 1: the editor
    page.wait_for_selector("form#page-edit-form")
    page.locator("footer .w-dropdown--dropdown-button [data-w-dropdown-target='toggle']").click()  # click 2
    page.get_by_role("button", name=WORDS[language]["approve"], exact=True).click()  # click 3
    page.wait_for_load_state()
    item.refresh_from_db()
    assert item.status == SubmissionStatus.APPROVED
    assert item.event.live
