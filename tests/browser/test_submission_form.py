"""axe-core on the event submission form (empty and with errors) and the submitter's list."""

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from organisations.factories import OrganisationFactory
from organisations.models import Organisation

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def logged_in(browser, live_server, calendars, users):
    member = users["mso_member"]
    OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO).members.add(member)
    client = Client()
    client.force_login(member)
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    contexts = []

    def open_(name, language, viewport):
        context = browser.new_context(viewport=VIEWPORTS[viewport])
        context.add_cookies(
            [{"name": django_settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
        )
        contexts.append(context)
        page = context.new_page()
        with translation.override(language):
            path = reverse(name)
        response = page.goto(live_server.url + path)
        assert response.status == 200
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def calendars(county, town_a):
    from events.models import EventIndexPage

    for parent in (county, town_a.page):
        calendar = EventIndexPage(title="Termine", slug="termine")
        parent.add_child(instance=calendar)
        calendar.save_revision().publish()


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
