"""Translations at county scale, end to end in the browser (issue 20's done-when):

a town editor publishes a German offer, fills every other language from the machine-translation
provider in one action (a local server speaking DeepL's API) and publishes; the public pages
show the machine's text with the notice "machine translated" in the reader's language; the
Arabic version is marked reviewed in the editor and its notice disappears (Ukrainian keeps it);
a translator's XLIFF file for Ukrainian goes out and comes back; the county report shows what
is still missing (Leichte Sprache: never filled by a machine).
"""

import re
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from offers.models import OfferIndexPage, OfferPage
from portal.translation_status import CURRENT, MISSING, status_for
from tests.translations.fake_providers import DEEPL_KEY, start_deepl

from .conftest import VIEWPORTS, screenshot

pytestmark = [pytest.mark.browser]

NOTICE = ".machine-translation-note"


@pytest.fixture(scope="module")
def deepl():
    server = start_deepl()
    provider = {
        "PROVIDER": "deepl",
        "AUTH_KEY": DEEPL_KEY,
        "SERVER_URL": server.url,
        "TIMEOUT": 5,
        "RETRIES": 0,
        "LANGUAGES": [],
    }
    with override_settings(MACHINE_TRANSLATION=provider):  # the live server runs in this process
        yield server
    server.stop()


@pytest.fixture(scope="module")
def offer(world):
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    world.town_a.page.add_child(instance=finder)
    finder.save_revision().publish()
    page = OfferPage(
        title="Sprachcafé am Markt",
        slug="sprachcafe-am-markt",
        intro="Jeden Dienstag Deutsch sprechen, ohne Anmeldung.",
        contact_phone="07071 12345",
        live=False,
    )
    finder.add_child(instance=page)
    page.save_revision()
    return page


def _public_path(page, language):
    with translation.override(language):
        return urlsplit(page.get_url()).path


def _log_in(browser, server, user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    page = browser.new_context(locale="de-DE", viewport=VIEWPORTS["desktop"]).new_page()
    page.goto(server.url + "/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", "kreisnetz-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def _publish(page):
    page.locator("footer .w-dropdown--dropdown-button [data-w-dropdown-target='toggle']").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Veröffentlichen", exact=True).click()
    assert not page.locator(".messages .error").count(), page.locator(".messages").all_inner_texts()


def _statuses(offer):
    draft = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
    return {status.language: status.status for status in status_for(draft)}


def test_machine_drafts_review_and_exchange_with_translators(browser, server, world, offer, deepl, tmp_path):
    editor = _log_in(browser, server, world.users["editor_a"])
    edit_url = server.url + reverse("wagtailadmin_pages:edit", args=[offer.pk])
    try:
        # 1. The German offer is published.
        editor.goto(edit_url)
        _publish(editor)
        assert OfferPage.objects.get(pk=offer.pk).live

        # 2. All other languages from German by machine translation, in one action, then published.
        editor.goto(edit_url)
        editor.locator("header [data-w-dropdown-target=toggle]").first.click()  # the "more" menu
        editor.locator("[data-machine-translation=fill]").click()
        editor.wait_for_url(re.compile(r"/translations/machine/"))
        with editor.expect_navigation():
            editor.get_by_role("button", name="Aus dem Deutschen maschinell übersetzen").click()
        assert not editor.locator(".messages .error").count(), editor.locator(".messages").all_inner_texts()
        statuses = _statuses(offer)
        assert statuses["de-x-ls"] == MISSING  # Leichte Sprache needs a person
        assert {statuses[code] for code in ("en", "ar", "fa", "ru", "tr", "uk")} == {"machine"}
        _publish(editor)
        live = OfferPage.objects.get(pk=offer.pk)
        assert live.title_ar.startswith("[AR] ") and live.title_uk.startswith("[UK] ")

        # 3. The public pages show the machine's text, marked in the reader's language.
        public = browser.new_context(locale="de-DE", viewport=VIEWPORTS["phone"]).new_page()
        public.goto(server.url + _public_path(live, "ar"))
        notice = public.locator(NOTICE)
        assert notice.is_visible() and notice.get_attribute("lang") == "ar"
        screenshot(public, "issue20-machine-notice-ar-phone")
        public.goto(server.url + _public_path(live, "de"))
        assert public.locator(NOTICE).count() == 0

        # 4. A person reviews the Arabic: the mark disappears there, Ukrainian keeps it.
        editor.goto(edit_url)
        editor.get_by_role("tab", name="Einstellungen").click()
        screenshot(editor, "issue20-translation-status-panel")
        with editor.expect_navigation():
            editor.locator("tr[data-language=ar] button[name=language][value=ar]").click()
        assert _statuses(offer)["ar"] == CURRENT
        public.goto(server.url + _public_path(live, "ar"))
        assert public.locator(NOTICE).count() == 0
        public.goto(server.url + _public_path(live, "uk"))
        assert public.locator(NOTICE).count() == 1

        # 5. Ukrainian through a translator's XLIFF file: export, translate, import as a draft.
        editor.goto(server.url + reverse("translations_exchange_export_page", args=[offer.pk]))
        editor.select_option("select[name=language]", "uk")
        editor.select_option("select[name=file_format]", "xliff")
        with editor.expect_download() as download:
            editor.get_by_role("button", name="Datei herunterladen").click()
        exported = download.value.path().read_text(encoding="utf-8")
        assert 'trgLang="uk"' in exported and "Sprachcafé am Markt" in exported
        translated = re.sub(
            r"(<source>)(.*?)(</source>)",
            lambda match: f"{match.group(0)}<target>Переклад: {match.group(2)}</target>",
            exported,
        )
        upload = tmp_path / "sprachcafe-uk.xlf"
        upload.write_text(translated, encoding="utf-8")
        editor.goto(server.url + reverse("translations_exchange_import"))
        editor.set_input_files("input[name=file]", str(upload))
        editor.select_option("select[name=language]", "uk")
        with editor.expect_navigation():
            editor.get_by_role("button", name="Prüfen und importieren").click()
        assert editor.locator("[data-report=imported]").count() == 1, editor.locator("main").inner_text()
        draft = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
        assert draft.title_uk == "Переклад: Sprachcafé am Markt"
        assert _statuses(offer)["uk"] == CURRENT
        assert OfferPage.objects.get(pk=offer.pk).title_uk.startswith("[UK] ")  # a draft until published

        # 6. The county report shows the gaps that remain: Leichte Sprache is missing.
        editor.goto(server.url + reverse("translations_report"))
        screenshot(editor, "issue20-county-report")
        counts = editor.locator("main table").first.inner_text()
        assert "Leichte Sprache" in counts, counts
        editor.goto(
            server.url + reverse("translations_report") + "?language=de-x-ls&status=missing&view=pages"
        )
        gap = editor.locator(f"main a[href*='/pages/{offer.pk}/edit/']")
        assert gap.count() == 1 and gap.inner_text() == offer.title
        editor.goto(server.url + reverse("translations_report") + "?language=ar&status=missing&view=pages")
        assert editor.locator(f"main a[href*='/pages/{offer.pk}/edit/']").count() == 0
    except Exception:
        screenshot(editor, "issue20-translation-journey")
        raise
