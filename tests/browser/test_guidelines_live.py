"""The live check in Wagtail's side panel: typing 'Flüchtlingswelle' shows the finding there.

Read-only in the sense of conftest: the module's world (Wagtail's autosave may add draft
revisions while typing; the world's flush removes them with everything else).
"""

import time

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.admin.models import EditingSession
from wagtail.users.models import UserProfile

from guidelines.defaults import RULES
from guidelines.models import Rule
from offers.models import OfferIndexPage, OfferPage

from .conftest import AXE, VIEWPORTS, WCAG_TAGS, screenshot

pytestmark = [pytest.mark.browser]

TOGGLE = '[data-side-panel-toggle="guidelines"]'
PANEL = '[data-side-panel="guidelines"]'


@pytest.fixture(scope="module")
def offer(world):
    for data in RULES:  # a flush before this module removed what the data migration loaded
        Rule.objects.get_or_create(code=data["code"], defaults=data)
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    world.town_a.page.add_child(instance=finder)
    page = OfferPage(
        title="Sprachcafé", slug="sprachcafe", intro="Wir treffen uns dienstags.", contact_phone="07071 12345"
    )
    finder.add_child(instance=page)
    page.save_revision().publish()
    return page


def _axe_violations(page):
    """axe on the whole editor, the language picker included (portal/css/page-editor.css)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes'][:5]]}" for v in result["violations"]]


def _editor(browser, server, user, page_id, language="de"):
    """The page editor, logged in through the session cookie, with the first check done.

    Alone on the page: an earlier test's editing session would show as another editor's
    avatar (Wagtail's own button, outside this panel)."""
    EditingSession.objects.all().delete()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=VIEWPORTS["desktop"], locale="de-DE")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": server.url,
            }
        ]
    )
    page = context.new_page()
    page.goto(server.url + reverse("wagtailadmin_pages:edit", args=[page_id]))
    page.locator("[data-guidelines-panel][data-checked]").wait_for(state="attached")
    return page


def test_finding_appears_in_the_side_panel_and_leads_to_the_field(browser, server, offer, world):
    page = _editor(browser, server, world.users["editor_a"], offer.pk)
    form = page.locator("form[data-edit-form]")
    before = form.bounding_box()
    counter = page.locator(f"{TOGGLE} [data-side-panel-toggle-counter]")

    started = time.monotonic()
    page.locator("[name=intro_de]").fill("Nach der Flüchtlingswelle gründeten wir das Café.")
    finding = page.locator(f"{PANEL} .guidelines-finding--error", has_text="Flüchtlingswelle")
    finding.wait_for(state="attached", timeout=1000)
    elapsed = time.monotonic() - started
    assert elapsed < 1.0, elapsed
    assert counter.is_visible() and int(counter.inner_text()) >= 1
    assert form.bounding_box() == before  # the findings do not push the form

    page.click(TOGGLE)  # opening the panel may check again (autosave): the findings are redrawn
    error = page.locator(".guidelines-finding--error", has_text="Flüchtlingswelle")
    group = page.locator(f"{PANEL} .guidelines-group").filter(has=error)
    expect(group.locator("h3")).to_have_text("Einleitung (Deutsch)")
    expect(finding.locator(".guidelines-finding__severity")).to_have_text("Fehler")
    expect(finding).to_contain_text("Zuzug von Geflüchteten")
    assert form.bounding_box()["y"] == before["y"]  # the panel opens beside the form

    page.locator("[role=tab]").last.click()  # another tab: the click on the finding comes back
    assert not page.locator("[name=intro_de]").is_visible()
    finding.locator("button").click()
    expect(page.locator("[name=intro_de]")).to_be_focused(timeout=2000)
    focused = page.evaluate(
        "[document.activeElement.name, document.activeElement.value.slice("
        "document.activeElement.selectionStart, document.activeElement.selectionEnd)]"
    )
    assert focused == ["intro_de", "Flüchtlingswelle"]
    screenshot(page, "issue19-guidelines-panel-de")
    page.context.close()  # its editing session ends with it


def test_panel_in_arabic_is_right_to_left_and_accessible(browser, server, offer, world):
    page = _editor(browser, server, world.users["county_editor"], offer.pk, "ar")
    page.click(TOGGLE)
    panel = page.locator(PANEL)
    panel.locator(".guidelines-group").first.wait_for()  # the offer lacks languages and contact
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "تحذير" in panel.locator("[data-guidelines-status]").inner_text()  # "1 تحذير": one warning
    page.wait_for_timeout(600)  # Wagtail slides the panel in
    screenshot(page, "issue19-guidelines-panel-ar")
    panel_box = panel.bounding_box()
    field_box = page.locator("[name=intro_de]").bounding_box()
    # mirrored: the panel at the left, whole (nothing cut off), beside the form's fields
    assert panel_box["x"] >= 0 and panel_box["x"] + panel_box["width"] <= field_box["x"]
    assert _axe_violations(page) == []
    page.context.close()
