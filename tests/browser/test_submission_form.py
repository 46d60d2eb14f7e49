"""axe-core on the event submission form (empty and with errors) and the submitter's list."""

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from organisations.factories import OrganisationFactory
from organisations.models import Organisation

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser]  # read-only: the module's world (see conftest)


@pytest.fixture(scope="module")
def session(world):
    """Calendars in the county and town A, and a session of an MSO member with an organisation."""
    from events.models import EventIndexPage

    for parent in (world.county, world.town_a.page):
        calendar = EventIndexPage(title="Termine", slug="termine")
        parent.add_child(instance=calendar)
        calendar.save_revision().publish()
    member = world.users["mso_member"]
    OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO).members.add(member)
    client = Client()
    client.force_login(member)
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def logged_in(browser, server, session):
    """Opens a page in a new context with the member's session cookie; closed after the test."""

    def open_(name, language, viewport):
        context = browser.new_context(viewport=VIEWPORTS[viewport])
        context.add_cookies(
            [{"name": django_settings.SESSION_COOKIE_NAME, "value": session, "url": server.url}]
        )
        page = context.new_page()
        with translation.override(language):
            path = reverse(name)
        response = page.goto(server.url + path)
        assert response.status == 200
        return page

    return open_


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", ["de", "ar"])
def test_submission_form_and_its_errors_have_no_axe_violations(logged_in, language, viewport):
    page = logged_in("event_submit", language, viewport)
    assert axe_violations(page) == []
    page.locator("main button[type=submit]").click()
    page.wait_for_selector(".form-errors")
    screenshot(page, f"submission-errors-{language}-{viewport}")
    assert page.locator("#id_title").get_attribute("aria-invalid") == "true"
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", ["de", "ar"])
def test_submission_list_has_no_axe_violations(logged_in, language):
    page = logged_in("event_submissions", language, "phone")
    assert axe_violations(page) == []


def test_submission_form_fits_a_phone(logged_in):
    page = logged_in("event_submit", "ar", "phone")
    page.locator("main button[type=submit]").click()
    page.wait_for_selector(".form-errors")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
