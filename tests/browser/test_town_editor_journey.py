"""The town editor's journey from the admin home, without typing a URL (issue 21), in the German
and the English admin: open the town's offer finder in the page explorer, add an offer, fill its
German fields (with a phone, so that it can be published), save the draft, switch the editor to
Arabic with the language toggle, fill the Arabic title and introduction, publish. The offer is
then live in both languages and its public page answers in German and in Arabic.

The clicks are counted from the admin home (the login form is not counted) and printed.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from offers.models import OfferIndexPage, OfferPage

from .conftest import VIEWPORTS, screenshot

pytestmark = [pytest.mark.browser]  # the module's world (see conftest); each run adds its own offer

OFFERS = {
    "de": {
        "title_de": "Sprachcafé am Markt",
        "intro_de": "Jeden Dienstag Deutsch sprechen, ohne Anmeldung.",
        "title_ar": "مقهى اللغة في السوق",
        "intro_ar": "نتحدث الألمانية كل يوم ثلاثاء، بدون تسجيل.",
    },
    "en": {
        "title_de": "Nähtreff im Rathaus",
        "intro_de": "Gemeinsam nähen und reparieren, jeden Donnerstag.",
        "title_ar": "لقاء الخياطة في البلدية",
        "intro_ar": "نخيط ونصلح معًا كل يوم خميس.",
    },
}


@pytest.fixture(scope="module")
def finder(world):
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    world.town_a.page.add_child(instance=finder)
    finder.save_revision().publish()
    return finder


def _labels(language):
    with translation.override(language):
        return {
            key: gettext(text)
            for key, text in {
                "pages": "Pages",
                "add_child": "Add child page",
                "save": "Save draft",
                "publish": "Publish",
            }.items()
        }


def _public_path(offer, language):
    with translation.override(language):
        return urlsplit(offer.get_url()).path


@pytest.mark.parametrize("language", ["de", "en"])
def test_town_editor_creates_translates_and_publishes_an_offer(browser, server, world, finder, language):
    editor = world.users["editor_a"]
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    labels, text = _labels(language), OFFERS[language]
    page = browser.new_context(locale="de-DE", viewport=VIEWPORTS["desktop"]).new_page()
    page.goto(server.url + "/admin/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", "kreisnetz-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    assert page.locator("html").get_attribute("lang") == language
    clicks = 0

    def click(locator):
        nonlocal clicks
        locator.click()
        clicks += 1

    try:
        # The page explorer opens on the editor's town; the finder leads to its listing.
        click(page.get_by_role("button", name=labels["pages"], exact=True))
        click(page.locator(".c-page-explorer").get_by_role("link", name=finder.title, exact=True))
        page.wait_for_url(re.compile(rf"/admin/pages/{finder.pk}/$"))
        # An offer is the finder's only child page type: the create form opens at once.
        click(page.get_by_role("link", name=labels["add_child"]).first)
        page.wait_for_selector("form#page-edit-form")
        assert page.locator("input[name=title_ar]").count() == 0  # German only until asked
        page.fill("input[name=title_de]", text["title_de"])
        page.fill("textarea[name=intro_de]", text["intro_de"])
        page.fill("input[name=contact_phone]", "07071 12345")
        with page.expect_navigation():
            click(page.get_by_role("button", name=labels["save"], exact=True))
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        draft = OfferPage.objects.child_of(finder).get(title_de=text["title_de"])
        assert not draft.live
        # The language toggle loads the editor with German and Arabic.
        click(page.locator("button.locale-toggle", has_text=re.compile(r"^\s*ar\s*$")))
        page.wait_for_url(re.compile(r"\?lang=ar$"))
        page.fill("input[name=title_ar]", text["title_ar"])
        page.fill("textarea[name=intro_ar]", text["intro_ar"])
        click(page.locator("footer .w-dropdown--dropdown-button [data-w-dropdown-target='toggle']"))
        with page.expect_navigation():
            click(page.get_by_role("button", name=labels["publish"], exact=True))
        page.wait_for_url(re.compile(rf"/admin/pages/{finder.pk}/$"))
        assert not page.locator(".messages .error").count(), page.locator(".messages").all_inner_texts()
    except Exception:
        screenshot(page, f"town-editor-journey-{language}")
        raise
    print(f"\nclicks per journey (town editor, {language} admin): {clicks} after the login")

    offer = OfferPage.objects.get(pk=draft.pk)
    assert offer.live and not offer.has_unpublished_changes
    assert (offer.title_de, offer.intro_de, offer.contact_phone) == (
        text["title_de"],
        text["intro_de"],
        "07071 12345",
    )
    assert (offer.title_ar, offer.intro_ar) == (text["title_ar"], text["intro_ar"])
    public = browser.new_context(locale="de-DE").new_page()
    for public_language in ("de", "ar"):
        response = public.goto(server.url + _public_path(offer, public_language))
        assert response.status == 200, (public_language, response.status, public.url)
        assert public.locator("html").get_attribute("lang") == public_language
        heading = public.get_by_role("heading", level=1)
        assert heading.inner_text().strip() == text[f"title_{public_language}"]
        assert text[f"intro_{public_language}"] in public.locator("main").inner_text()
