"""Registration in Chromium: axe on the form, confirm and manage pages; keyboard-only sign-up."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration, RegistrationStatus
from events.registration import services as service

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FORM = "/altdorf/termine/deutschkurs/register/"
LANGUAGES = {"de": "", "ar": "/ar"}
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def course(county, town_a):
    calendar = EventIndexPage(title="Termine", slug="termine")
    town_a.page.add_child(instance=calendar)
    calendar.save_revision().publish()
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    event = EventPage(
        title="Deutschkurs",
        title_ar="دورة اللغة الألمانية",
        slug="deutschkurs",
        start=start,
        end=start + datetime.timedelta(hours=2),
        recurrence="FREQ=WEEKLY;COUNT=6",
        registration_required=True,
        capacity=2,
        street="Schulstraße 4",
        city="Altdorf",
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()
    return event


def _registration(event, status=RegistrationStatus.CONFIRMED):
    return Registration.objects.create(
        event=event, name="Amal Haddad", email=f"amal-{status}@example.org", people=1, status=status
    )


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_registration_pages_have_no_axe_violations(course, open_page, language, viewport):
    prefix = LANGUAGES[language]
    pending = _registration(course, RegistrationStatus.PENDING)
    confirmed = _registration(course)
    pages = {
        "event": prefix + FORM.removesuffix("register/"),
        "form": prefix + FORM,
        "confirm": f"{prefix}/registration/confirm/{service.make_token(pending, service.CONFIRM_SALT)}/",
        "manage": f"{prefix}/registration/{service.make_token(confirmed, service.MANAGE_SALT)}/",
    }
    for name, path in pages.items():
        page = open_page(path, viewport)
        assert page.locator("html").get_attribute("lang") == language
        screenshot(page, f"registration-{name}-{language}-{viewport}")
        assert axe_violations(page) == [], name
        assert page.evaluate(SIDEWAYS) <= 0, f"{name} scrolls sideways"
    # The outcome of confirming (a POST), as the registrant sees it.
    page = open_page(pages["confirm"], viewport)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()
    assert page.locator("#outcome").is_visible()
    assert axe_violations(page) == [], "confirmed"
    # The form with errors, as a reader sees it after sending it empty.
    page = open_page(pages["form"], viewport)
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_selector("#form-errors")
    screenshot(page, f"registration-errors-{language}-{viewport}")
    assert axe_violations(page) == [], "form with errors"
    assert page.evaluate(SIDEWAYS) <= 0


def _tab_to(page, predicate, limit=60):
    """Press Tab until ``predicate`` (JS on document.activeElement) holds; the path taken."""
    visited = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        visited.append(page.evaluate("document.activeElement.id || document.activeElement.name || ''"))
        if page.evaluate(f"(el => {predicate})(document.activeElement)"):
            return visited
    raise AssertionError(f"not reached by Tab: {predicate}")


def test_register_confirm_and_cancel_with_the_keyboard_alone(course, open_page, server):
    page = open_page(FORM)
    _tab_to(page, "el.id === 'id_name'")
    page.keyboard.type("Olena Kovalenko")
    page.keyboard.press("Tab")
    page.keyboard.type("olena@example.org")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_people"
    page.keyboard.press("Control+A")
    page.keyboard.type("2")
    page.keyboard.press("Tab")
    page.keyboard.type("Rollstuhlplatz")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_accessibility_consent"
    page.keyboard.press("Space")
    visited = _tab_to(page, "el.type === 'submit'", limit=3)
    assert "id_website" not in visited  # the honeypot is out of the tab order
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().strip() != ""
    registration = Registration.objects.get()
    assert (registration.status, registration.people, registration.accessibility_consent) == (
        "pending",
        2,
        True,
    )

    link = re.search(r"https?://\S+/registration/confirm/\S+/", mail.outbox[0].body).group(0)
    page.goto(server.url + "/" + link.split("://", 1)[1].split("/", 1)[1])
    _tab_to(page, "el.type === 'submit' && el.closest('main')")
    with page.expect_navigation():
        page.keyboard.press("Space")
    page.wait_for_selector("#outcome")
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    assert page.locator("h1").inner_text().strip() != ""

    _tab_to(page, "el.href && el.href.includes('/registration/') && !el.href.includes('/confirm/')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _tab_to(page, "el.type === 'submit' && el.closest('main')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_selector("p.notice[role=status]")
    assert Registration.objects.get().status == RegistrationStatus.CANCELLED
