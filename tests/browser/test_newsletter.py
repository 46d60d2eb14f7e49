"""Training calendar and newsletter pages in Chromium: axe in de/ar at desktop and phone, keyboard only."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import EventIndexPage, EventPage, TrainingCalendarPage
from newsletter.models import Subscription
from newsletter.services.links import confirm_token, unsubscribe_token

from .conftest import VIEWPORTS, axe_violations, screenshot

# Read-only tests use the module's world (see conftest); the tests that unsubscribe or subscribe
# build their own site and are flushed after each.
pytestmark = [pytest.mark.browser]
WRITES = pytest.mark.django_db(transaction=True)

LANGUAGES = {"de": "", "ar": "/ar"}
PAGES = {
    "trainings": lambda tokens: "/fortbildungen/",
    "subscribe": lambda tokens: "/newsletter/",
    "subscribe_sent": lambda tokens: "/newsletter/sent/",
    "preview": lambda tokens: "/newsletter/preview/",
    "confirm": lambda tokens: f"/newsletter/confirm/{tokens['confirm']}/",
    "unsubscribe": lambda tokens: f"/newsletter/unsubscribe/{tokens['unsubscribe']}/",
}
MAX_TABS = 40


@pytest.fixture(scope="module")
def site(world):
    return _build(world.county)


@pytest.fixture
def own_site(county, town_a, town_b):
    return _build(county)


def _build(county):
    trainings = TrainingCalendarPage(
        title="Fortbildungen", slug="fortbildungen", title_ar="الدورات التدريبية"
    )
    county.add_child(instance=trainings)
    trainings.save_revision().publish()
    calendar = EventIndexPage(title="Termine", slug="termine", title_ar="المواعيد")
    county.add_child(instance=calendar)
    calendar.save_revision().publish()
    start = timezone.now() + datetime.timedelta(days=3)
    for title, kind, audience in (
        ("Schulung Sprachmittlung", "training", "volunteers"),
        ("Sprachcafé", "other", ""),
    ):
        event = EventPage(
            title=title,
            slug=title.lower().replace(" ", "-").replace("é", "e"),
            start=start,
            end=start + datetime.timedelta(hours=2),
            kind=kind,
            training_audience=audience,
            street="Marktplatz 1",
        )
        calendar.add_child(instance=event)
        event.save_revision().publish()
    pending = Subscription.objects.create(email="neu@example.org", language="de")
    confirmed = Subscription.objects.create(email="leser@example.org", language="de", status="confirmed")
    return {"confirm": confirm_token(pending), "unsubscribe": unsubscribe_token(confirmed)}


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("name", list(PAGES))
def test_no_axe_violations(site, open_page, name, language, viewport):
    page = open_page(LANGUAGES[language] + PAGES[name](site), viewport)
    screenshot(page, f"{name}-{language}-{viewport}")
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []


def _tab_to(page, selector):
    for _press in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return True
    return False


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_form_with_errors_has_no_axe_violations_and_keeps_focus_order(site, open_page, language):
    page = open_page(LANGUAGES[language] + "/newsletter/", "phone")
    assert _tab_to(page, "#id_email")
    page.keyboard.type("kein-at-zeichen")
    page.keyboard.press("Enter")
    page.wait_for_selector("#id_email_errors")
    screenshot(page, f"subscribe_errors-{language}-phone")
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert axe_violations(page) == []
    assert not Subscription.objects.filter(email="kein-at-zeichen").exists()


@WRITES
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_unsubscribe_with_the_keyboard_alone(own_site, open_page, language):
    page = open_page(LANGUAGES[language] + PAGES["unsubscribe"](own_site))

    assert _tab_to(page, "main form button[type=submit]"), "the unsubscribe button is not reachable by Tab"
    page.keyboard.press("Enter")
    page.wait_for_url("**/newsletter/unsubscribe/**")
    page.wait_for_selector("main h1")

    with translation.override(language):
        assert page.locator("main h1").inner_text().strip() == gettext("You are unsubscribed")
    assert not Subscription.objects.filter(email="leser@example.org").exists()


@WRITES
def test_subscribe_with_the_keyboard_alone(own_site, open_page):
    page = open_page("/ar/newsletter/")

    assert _tab_to(page, "#id_email")
    page.keyboard.type("qari@example.org")
    assert _tab_to(page, "fieldset input[type=checkbox]")
    page.keyboard.press("Space")
    assert _tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/newsletter/sent/")

    subscription = Subscription.objects.get(email="qari@example.org")
    assert subscription.language == "ar"
    assert subscription.towns.count() == 1
