"""axe-core in Chromium: the pages of issue 9 in German, Arabic and Leichte Sprache, desktop and phone.

Statistics, the legal and accessibility pages (with the feedback form and its error state), the
stories and the “Who does what?” directory.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser]  # read-only: the module's world (see conftest)

LANGUAGES = ("de", "ar", "de-x-ls")


@pytest.fixture(scope="module")
def site(world):
    from legal.pages import ensure_pages
    from offers import taxonomy_defaults
    from offers.models import Topic
    from responsibilities.models import ResponsibilitiesPage, Responsibility
    from tests.offers.factories import ContactPointIndexPageFactory, ContactPointPageFactory
    from tests.stories.conftest import add_index, add_story

    county, town_a = world.county, world.town_a
    taxonomy_defaults.load()
    legal = ensure_pages(county)
    index = add_index(town_a.page)
    story = add_story(index, "Sprachcafe Altdorf", tags=["Sprache"])
    add_story(add_index(county), "Kreisweites Netzwerk", days_ago=3)
    point = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=town_a.page), title="Bürgerbüro"
    )
    Responsibility.objects.create(
        topic=Topic.objects.get(slug="aufenthalt"), level="town", contact_point=point, town=town_a.page
    )
    directory = ResponsibilitiesPage(title="Wer macht was?", slug="wer-macht-was")
    county.add_child(instance=directory)
    directory.save_revision().publish()
    pages = {
        "county_home": county,
        "town": town_a.page,
        "imprint": legal.imprint,
        "privacy": legal.privacy,
        "accessibility": legal.accessibility,
        "easy_language": legal.easy_language,
        "sign_language": legal.sign_language,
        "stories": index,
        "story": story,
        "responsibilities": directory,
    }
    return {key: page.specific for key, page in pages.items()}


def _paths(site, language):
    with translation.override(language):
        paths = {key: page.get_url() for key, page in site.items()}
        paths["statistics"] = reverse("statistics")
    return paths


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axe_violations(site, open_page, language, viewport):
    violations = {}
    page = None  # one page per test: the pages are public, no cookie changes what they show
    for name, path in _paths(site, language).items():
        page = open_page(path, viewport, page=page)
        screenshot(page, f"issue9-{name}-{language}-{viewport}")
        assert page.locator("html").get_attribute("lang") == language, path
        found = axe_violations(page)
        if found:
            violations[path] = found
    assert violations == {}


@pytest.mark.parametrize("language", ("de", "ar"))
def test_feedback_form_with_errors_has_no_axe_violations(site, open_page, language):
    path = _paths(site, language)["accessibility"]
    page = open_page(path, "phone")
    page.fill("#id_email", "keine-adresse")
    page.click("main form button[type=submit]")
    page.wait_for_selector(".form-errors")
    assert page.input_value("#id_email") == "keine-adresse"
    assert axe_violations(page) == []


def test_footer_links_reach_every_legal_page(site, open_page):
    page = open_page("/ar/")
    hrefs = page.eval_on_selector_all(
        ".site-footer__legal a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(hrefs) == 5
    assert any(href.startswith("/de-x-ls/") for href in hrefs)
