"""The public site as a newcomer meets it (issue 16): every section within two clicks of the home
page in every language, breadcrumbs below the home page, no page wider than a phone, and the
journeys of a newcomer in Arabic on a phone in at most three taps each.

The demo county of ``make run`` (``demo_site``), read only; its sections are in the main menu
because the demo data marks them "Show in menus" (home/demo.py), as a county does in the admin.
"""

import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from tests.public_pages import LANGUAGE_CODES, public_paths

pytestmark = [pytest.mark.browser]

# The sections a newcomer must reach from the home page: page types of the county (from the
# catalogue of public page types) and views that are no page.
SECTION_PAGE_TYPES = {
    "offers": "county:offers.offerindexpage",
    "contact points": "county:offers.contactpointindexpage",
    "calendar": "county:events.eventindexpage",
    "map": "offers.mappage",
    "who does what": "responsibilities.responsibilitiespage",
    "trainings": "events.trainingcalendarpage",
    "round table": "county:networking.roundtablepage",
    "tandems": "networking.twinningroundpage",
    "organisations": "organisations.organisationindexpage",
    "open data": "offers.opendatapage",
    "search": "search",
    "statistics": "statistics",
    "newsletter": "newsletter",
}
PHONE = {"width": 375, "height": 812}
NARROW = 320


class _Links(HTMLParser):
    """The paths of this site a page links to (``<a href>``), and its breadcrumbs' last item."""

    def __init__(self):
        super().__init__()
        self.paths = set()
        self.in_breadcrumbs = False
        self.current_crumbs = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            url = urlsplit(attrs["href"])
            if not url.netloc:
                self.paths.add(url.path)
        if tag == "nav" and "breadcrumbs" in (attrs.get("class") or ""):
            self.in_breadcrumbs = True
        if self.in_breadcrumbs and tag == "li" and attrs.get("aria-current") == "page":
            self.current_crumbs += 1

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_breadcrumbs = False


def _links(client, path):
    response = client.get(path)
    assert response.status_code == 200, f"{path}: HTTP {response.status_code}"
    parser = _Links()
    parser.feed(response.content.decode())
    return parser


def _home(language):
    with translation.override(language):
        return reverse("wagtail_serve", args=[""])


def _first_steps_path(language):
    """The county's "Ankommen" (first steps) page in ``language``."""
    page = Page.objects.get(depth=3, slug_de="ankommen").specific
    with translation.override(language):
        return page.get_url()


def _sections(language):
    paths = public_paths(language)
    sections = {name: urlsplit(paths[key]).path for name, key in SECTION_PAGE_TYPES.items()}
    sections["first steps"] = _first_steps_path(language)
    return sections


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_section_is_within_two_clicks_of_the_home_page(demo_site, language):
    client = Client()
    home = _home(language)
    first = _links(client, home).paths
    reached = set(first)
    missing = {name: path for name, path in _sections(language).items() if path not in reached}
    # Two clicks: follow the home page's links (only while something is still missing).
    for path in sorted(first):
        if not missing:
            break
        if not path.startswith(home) or path.endswith((".xml", ".ics", ".csv", ".json")):
            continue
        reached |= _links(client, path).paths
        missing = {name: target for name, target in missing.items() if target not in reached}
    assert not missing, f"{language}: not within two clicks of {home}: {missing}"
    # The home page itself links every section (one click), as the issue asks.
    assert set(_sections(language).values()) <= first


def test_a_town_page_leads_to_its_own_finders_and_the_county_wide_ones(demo_site):
    client = Client()
    town = Page.objects.get(depth=3, slug_de="hohenau")
    links = _links(client, town.url).paths
    own = {page.url for page in town.get_children().live()}
    assert own and own <= links
    county = public_paths("de")
    for kind in ("offers.offerindexpage", "offers.contactpointindexpage", "events.eventindexpage"):
        assert county[f"county:{kind}"] in links


@pytest.mark.parametrize("language", ["de", "ar"])
def test_every_page_below_the_home_page_has_breadcrumbs_ending_in_itself(demo_site, language):
    client = Client()
    home = _home(language)
    for name, path in public_paths(language).items():
        if urlsplit(path).path == home:
            continue
        parser = _links(client, path)
        assert parser.current_crumbs == 1, f"{language} {name} {path}: no breadcrumb trail ending in the page"
        assert home in parser.paths, f"{language} {name} {path}: the breadcrumbs do not lead home"


def _no_images(route):
    if route.request.resource_type in {"image", "media", "font"}:
        return route.abort()
    return route.continue_()


def _width(page):
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def test_no_public_page_is_wider_than_a_phone(demo_site, server, browser):
    """Every public page type in every language at 375 px, then (resized, no reload) at 320 px."""
    too_wide = []
    for language in LANGUAGE_CODES:
        context = browser.new_context(viewport=PHONE, locale="de-DE")
        context.route("**/*", _no_images)
        page = context.new_page()
        for name, path in public_paths(language).items():
            page.set_viewport_size(PHONE)
            response = page.goto(server.url + path)
            assert response.status == 200, f"{path}: HTTP {response.status}"
            for width in (PHONE["width"], NARROW):
                if width != PHONE["width"]:
                    page.set_viewport_size({"width": width, "height": PHONE["height"]})
                scroll_width, inner_width = _width(page)
                if scroll_width > inner_width:
                    too_wide.append(f"{language} {name} {path} at {width} px: {scroll_width} px wide")
        context.close()
    assert not too_wide, "\n".join(too_wide)


def _taps(page, action):
    """Run ``action`` (one tap: a click that follows a link, submits a form or opens the menu)."""
    action()
    page.wait_for_load_state()
    return 1


def test_a_newcomer_in_arabic_finds_a_course_the_immigration_office_and_this_months_events(
    demo_site, server, browser
):
    page = browser.new_context(viewport=PHONE, locale="ar").new_page()
    home = server.url + "/ar/"

    # A free German course on Saturdays in any town: the menu, the offer finder, one search.
    page.goto(home)
    menu = page.locator(".site-nav__disclosure")
    assert not page.get_by_role("navigation", name="القائمة الرئيسية").get_by_role("link").first.is_visible()
    taps = _taps(page, lambda: page.locator(".site-nav__toggle").click())
    assert menu.evaluate("details => details.open")
    taps += _taps(page, lambda: menu.get_by_role("link", name="العروض", exact=True).click())
    assert page.url == server.url + public_paths("ar")["county:offers.offerindexpage"]
    form = page.locator("form.finder__filters")
    form.locator("select[name=category]").select_option("deutschkurs")
    form.locator("select[name=day]").select_option("5")  # Saturday
    form.locator("input[name=free]").check()
    taps += _taps(page, lambda: form.get_by_role("button").click())
    results = page.locator(".result-list > li")
    assert results.count() >= 1
    assert "deutsch-am-samstag" in results.first.get_by_role("link").first.get_attribute("href")
    assert taps <= 3

    # The immigration office's opening hours: its contact point, from the home page.
    page.goto(home)
    taps = _taps(page, lambda: page.locator(".section-list").get_by_role("link", name="نقاط الاتصال").click())
    taps += _taps(page, lambda: page.locator(".result-list a[href*='auslaenderbehoerde']").first.click())
    assert page.locator(".opening-hours table").is_visible()
    assert taps <= 3

    # This month's events: the calendar, its month view.
    page.goto(home)
    taps = _taps(page, lambda: page.locator(".section-list").get_by_role("link", name="المواعيد").click())
    taps += _taps(page, lambda: page.locator(".view-switch a").last.click())
    month = page.locator("table.month")
    assert month.is_visible()
    today = datetime.date.today()
    assert page.locator(f"td.month__day--today, time[datetime^='{today:%Y-%m}']").count() >= 1
    assert taps <= 3

    # Every menu link works from the disclosure on a phone.
    with translation.override("ar"):
        menu_urls = [
            p.get_url() for p in Page.objects.get(depth=2).get_children().live().in_menu().specific()
        ]
    for url in menu_urls:
        page.goto(home)
        page.locator(".site-nav__toggle").click()
        page.locator(f".site-nav__list a[href='{url}']").click()
        page.wait_for_load_state()
        assert page.url == server.url + url
    page.context.close()
