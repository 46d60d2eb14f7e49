"""axe-core in Chromium: public pages in German and Arabic, desktop and phone, 0 violations."""

import pytest

from home.factories import ContentPageFactory

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {"county_home": "/", "town": "/altdorf/", "content": "/altdorf/ankommen/"}
LANGUAGES = {"de": "", "ar": "/ar"}


@pytest.fixture
def site(county, town_a, town_b):
    county = type(county).objects.get(pk=county.pk)
    county.intro_ar = "منصة المقاطعة للاندماج."
    county.save_revision().publish()
    page = ContentPageFactory(
        parent=town_a.page,
        title="Ankommen",
        slug="ankommen",
        intro="Die ersten Schritte.",
        body=[("heading", {"text": "Anmeldung", "level": "h2"}), ("paragraph", "<p>Im Bürgerbüro.</p>")],
    )
    page.title_ar = "الوصول"
    page.save_revision().publish()
    return county


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
