"""axe-core in Chromium: the search page (with results, facets and a German fallback) in de and ar."""

import pytest

from .conftest import VIEWPORTS, axe_violations, screenshot
from .test_accessibility import site  # noqa: F401 - the demo-like county of the accessibility tests

pytestmark = [pytest.mark.browser]  # read-only: the module's world (see conftest)

URLS = {
    "browse": "",
    "query": "?q=Sprachkurse",
    "no_results": "?q=xyzxyz&type=unbekannt",
}
LANGUAGES = {
    "de": "/suche/",
    "ar": "/ar/search/",
}  # the path is translated; other languages keep the English one


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("name", list(URLS))
def test_search_page_has_no_axe_violations(site, open_page, name, language, viewport):  # noqa: F811
    page = open_page(LANGUAGES[language] + URLS[name], viewport)
    screenshot(page, f"search-{name}-{language}-{viewport}")
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []


def test_search_box_in_the_header_submits_without_javascript(site, open_page):  # noqa: F811
    page = open_page("/altdorf/")
    page.fill("#site-search-q", "Anmeldung")
    page.press("#site-search-q", "Enter")
    page.wait_for_load_state()
    assert "/suche/?q=Anmeldung" in page.url


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_on_a_phone_the_results_start_on_the_first_screen(site, open_page, language):  # noqa: F811
    """The results follow the search field, the filters follow the results and still filter.

    The German official word finds the immigration office in Arabic too (its German text)."""
    page = open_page(LANGUAGES[language] + "?q=Ausländerbehörde", "phone")
    layout = page.evaluate(
        """() => ({
          results: document.querySelector('.search-results .search-hit').getBoundingClientRect().top,
          screen: innerHeight,
          resultsFirst: !!(document.querySelector('.search-results').compareDocumentPosition(
            document.querySelector('.search-facets')) & Node.DOCUMENT_POSITION_FOLLOWING),
          width: document.documentElement.scrollWidth,
        })"""
    )
    assert layout["resultsFirst"]
    assert layout["results"] < layout["screen"], layout
    assert layout["width"] <= VIEWPORTS["phone"]["width"]
    page.locator(".search-facets input[name='type']").first.check()
    page.locator(".search-facets button[type='submit']").click()
    page.wait_for_load_state()
    assert "q=Ausl" in page.url and "type=contact_point" in page.url
    assert page.locator(".search-hit").count() == 1
