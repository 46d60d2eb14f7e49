"""axe-core in Chromium: public pages in German and Arabic, desktop and phone, 0 violations."""

import datetime

import pytest

from home.factories import ContentPageFactory
from portal import demo as portal_demo

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser]  # read-only: the module's world (see conftest)

PAGES = {
    "county_home": "/",
    "town": "/altdorf/",
    "content": "/altdorf/ankommen/",
    "offer_finder": "/angebote/?category=sprache",
    "offer_finder_empty": "/angebote/?category=sport&free=on&day=6&town=unbekannt",
    "offer": "/angebote/integrationskurs-vhs/",
    "contact_point_finder": "/anlaufstellen/",
    "contact_point": "/anlaufstellen/auslaenderbehoerde/",
    "map": "/karte/",
    "open_data": "/open-data/",
    "organisations": "/organisationen/",
    "organisation_profile": "/organisationen/kreisvolkshochschule-hohenau/",
    "calendar": "/termine/",
    "calendar_month": "/termine/?view=month",
    "event": "/termine/sprachcafe-mittwochs/",
}
LANGUAGES = {"de": "", "ar": "/ar"}


@pytest.fixture(scope="module")
def site(world):
    county = type(world.county).objects.get(pk=world.county.pk)
    county.intro_ar = "منصة المقاطعة للاندماج."
    county.save_revision().publish()
    page = ContentPageFactory(
        parent=world.town_a.page,
        title="Ankommen",
        slug="ankommen",
        intro="Die ersten Schritte.",
        body=[("heading", {"text": "Anmeldung", "level": "h2"}), ("paragraph", "<p>Im Bürgerbüro.</p>")],
    )
    page.title_ar = "الوصول"
    page.save_revision().publish()
    _places(county)
    # Two sections in the main menu (as the county marks them in the admin), so that axe checks it.
    county.get_children().filter(slug__in=["angebote", "termine"]).update(show_in_menus=True)
    return county


def _places(county):
    """County-wide finders, map and open-data pages with one offer and one contact point."""
    from offers import demo, taxonomy_defaults
    from offers.demo_content import CONTACT_POINTS, OFFERS
    from offers.models import ContactPointIndexPage, ContactPointPage, OfferIndexPage, OfferPage
    from organisations.demo import DIRECTORY
    from organisations.factories import OrganisationFactory
    from organisations.models import OrganisationIndexPage

    taxonomy_defaults.load()
    for model, spec in {**demo.FINDERS, **demo.COUNTY_PAGES}.items():
        portal_demo.ensure_child(county, model, spec)
    OrganisationFactory(
        name="Kreisvolkshochschule Hohenau", kind="public_body", website="https://kvhs.example"
    )
    portal_demo.ensure_child(county, OrganisationIndexPage, DIRECTORY)
    offer = {**OFFERS[0], "town": None}
    offer.update(demo.demo_reach(offer))  # published offers name a way to reach someone
    categories = list(demo.Category.objects.filter(slug__in=offer["categories"]))
    demo._place(OfferPage, OfferIndexPage, offer, 0, {"cost": "free", "categories": categories})
    demo._place(ContactPointPage, ContactPointIndexPage, CONTACT_POINTS[0], 1, {"kind": "immigration_office"})
    _events(county)


def _events(county):
    """A county calendar with a weekly event (its first spec from the demo data)."""
    from events import demo as event_demo
    from events.models import EventIndexPage, EventPage

    calendar = portal_demo.ensure_child(county, EventIndexPage, event_demo.CALENDAR)
    spec = event_demo._events()[0]
    event = EventPage(
        slug=spec["slug"],
        title=spec["title"]["de"],
        title_ar=spec["title"]["ar"],
        intro=spec["intro"]["de"],
        start=spec["start"],
        end=spec["start"] + datetime.timedelta(hours=2),
        recurrence=spec["recurrence"],
        street=spec["street"],
        kind=spec["kind"],
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("name", list(PAGES))
def test_no_axe_violations(site, open_page, name, language, viewport):
    page = open_page(LANGUAGES[language] + PAGES[name], viewport)
    screenshot(page, f"{name}-{language}-{viewport}")
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_phone_layout_has_no_horizontal_scrolling(site, open_page, language):
    page = open_page(LANGUAGES[language] + "/altdorf/", "phone")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_main_menu_opened_on_a_phone_has_no_axe_violations(site, open_page, language):
    page = open_page(LANGUAGES[language] + "/", "phone")
    links = page.locator(".site-nav__list a")
    assert links.count() == 2
    assert not links.first.is_visible(), "on a phone the menu starts closed"
    page.locator(".site-nav__toggle").click()
    assert links.first.is_visible()
    assert axe_violations(page) == []


def test_the_main_menu_is_open_on_a_wide_screen(site, open_page):
    page = open_page("/", "desktop")
    assert not page.locator(".site-nav__toggle").is_visible()
    assert page.locator(".site-nav__list a").first.is_visible()


def test_skip_link_is_first_and_moves_focus_to_main(site, open_page):
    page = open_page("/altdorf/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_arabic_is_laid_out_right_to_left(site, open_page):
    page = open_page("/ar/altdorf/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    header = page.locator(".site-name").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert header["x"] > switcher["x"], "in RTL the site name stands on the right"
