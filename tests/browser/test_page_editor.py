"""The page editor in a browser: publish right after typing, and switching the edited language."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from offers.models import OfferIndexPage, OfferPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ATTEMPTS = 20
# Wagtail notices edits only 2 s after the form is shown (its unsaved-changes controller first
# records the form as it was loaded); autosave follows the first edit noticed.
WATCHING_EDITS = (
    "document.addEventListener('w-unsaved:watch-edits', () => { window.knWatchingEdits = true; })"
)
PUBLISH_WHEN_AUTOSAVE_STARTS = """() => {
    const form = document.querySelector("form#page-edit-form");
    form.addEventListener("w-autosave:save", () => setTimeout(() => {
        document.querySelector("button[name=action-publish]").click();
        window.knPublished = true;
    }), {once: true});
}"""


@pytest.fixture
def finder(town_a):
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    town_a.page.add_child(instance=finder)
    finder.save_revision().publish()
    return finder


def logged_in(browser, server, user):
    page = browser.new_context(locale="de-DE").new_page()
    page.goto(server.url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", "kreisnetz-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def test_typing_and_publishing_at_once_creates_one_page(browser, server, finder, users):
    page = logged_in(browser, server, users["editor_a"])
    page.add_init_script(WATCHING_EDITS)
    create_url = server.url + reverse("wagtailadmin_pages:add", args=["offers", "offerpage", finder.pk])
    explorer = re.compile(rf"/admin/pages/{finder.pk}/$")
    for attempt in range(ATTEMPTS):
        title = f"Angebot {attempt}"
        page.goto(create_url)
        # Odd attempts: publish just as autosave starts sending the form (its request still
        # running); even ones: publish at once, before autosave could start.
        if attempt % 2:
            page.wait_for_function("() => window.knWatchingEdits === true")
            page.evaluate(PUBLISH_WHEN_AUTOSAVE_STARTS)
        page.fill("input[name=contact_email]", "kontakt@example.org")
        page.fill("input[name=title_de]", title)
        published = False
        for _retry in range(3 if attempt % 2 else 0):
            try:
                page.wait_for_function("() => window.knPublished === true", timeout=4000)
                published = True
                break
            except PlaywrightTimeout:  # Wagtail missed the edit (it watches from 2 s after load)
                page.fill("input[name=title_de]", title + " ")
                page.fill("input[name=title_de]", title)
        if not published:
            # Even attempts; or autosave never started on a busy machine: publish at once, as
            # an editor would, while autosave may still start at any moment.
            page.evaluate('document.querySelector("button[name=action-publish]").click()')
        try:
            page.wait_for_url(explorer, timeout=20000)
        except PlaywrightTimeout:
            pytest.fail(f"attempt {attempt}: {page.url} {page.locator('.messages').all_inner_texts()}")
        assert not page.locator(".messages .error").count(), page.locator(".messages").all_inner_texts()
        created = OfferPage.objects.child_of(finder)
        assert created.count() == attempt + 1, [(p.title, p.slug, p.live) for p in created]
        offer = created.get(title_de=title)
        assert offer.live and offer.revisions.exists(), title


def test_switching_language_and_saving(browser, server, finder, users):
    offer = OfferPage(title="Sprachcafé", slug="sprachcafe", intro="Dienstags.", intro_en="On Tuesdays.")
    offer.contact_email = "cafe@example.org"
    finder.add_child(instance=offer)
    offer.save_revision().publish()
    page = logged_in(browser, server, users["editor_a"])
    page.goto(server.url + reverse("wagtailadmin_pages:edit", args=[offer.pk]))
    assert page.locator("[name=intro_ar]").count() == 0
    page.locator("button.locale-toggle", has_text=re.compile(r"^\s*ar\s*$")).click()
    page.wait_for_url(re.compile(r"\?lang=ar$"))
    arabic = page.locator("textarea[name=intro_ar]")
    arabic.wait_for(state="visible")
    arabic.fill("أيام الثلاثاء.")
    with page.expect_navigation():
        page.get_by_role("button", name="Entwurf speichern").click()
    assert page.url.endswith("?lang=ar")
    page.locator("textarea[name=intro_ar]").wait_for()
    draft = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert (draft.intro_ar, draft.intro_de, draft.intro_en) == (
        "أيام الثلاثاء.",
        "Dienstags.",
        "On Tuesdays.",
    )
