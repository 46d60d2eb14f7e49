"""Machine-translated text in the editor and on the public page: the panel lists the fields by
status, "mark reviewed" (editors of the page only) drops the marks and the cached copies, the
public page shows a notice in the reader's language until then, never in German."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from home.factories import ContentPageFactory
from portal.models import TranslationState
from portal.translation_status import machine_translated_fields

NOTICE = ".machine-translation-note"


@pytest.fixture
def page(town_a, users):
    page = ContentPageFactory(parent=town_a.page, title="Sprachkurs", intro="Ein Kurs für alle.")
    page.title_en, page.intro_en = "Language course", "A course for everyone."
    page.save_revision(user=users["editor_a"]).publish()
    draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.title_ar, draft.intro_ar = "دورة لغة", "دورة للجميع."
    draft._machine_translated = {("ar", "title"), ("ar", "intro")}
    draft.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_the_panel_lists_fields_by_status_for_the_draft(page, users, client):
    draft = page.get_latest_revision_as_object()
    draft.intro_de = "Ein Kurs für alle Erwachsenen."  # only in the draft: English intro outdated
    draft.save_revision()
    client.force_login(users["editor_a"])
    soup = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    english = soup.select_one('tr[data-language="en"]')
    assert english["data-status"] == "outdated"
    assert "Einleitung" in english.select_one('[data-field-status="outdated"]').text
    arabic = soup.select_one('tr[data-language="ar"]')
    assert arabic["data-status"] == "outdated"  # the German intro changed under the machine's text
    assert "Einleitung" in arabic.select_one('[data-field-status="outdated"]').text
    assert "Titel" in arabic.select_one('[data-field-status="machine"]').text
    button = arabic.select_one("button[formaction]")
    assert button["formaction"] == reverse("translations_mark_reviewed", args=[page.pk])
    assert not english.select_one("button[formaction]")  # nothing of a machine to review
    assert soup.select_one('tr[data-language="ru"]')["data-status"] == "missing"


def test_mark_reviewed_drops_the_marks_and_returns_to_the_editor(page, users, client):
    client.force_login(users["editor_a"])
    response = client.post(reverse("translations_mark_reviewed", args=[page.pk]), {"language": "ar"})
    assert response.status_code == 302
    assert response["Location"] == f"{edit_url(page)}?lang=ar"
    assert machine_translated_fields(page, "ar") == []
    state = TranslationState.objects.get(page=page, language="ar", field="intro")
    assert (state.machine, state.reviewed_by) == (False, users["editor_a"])


@pytest.mark.parametrize("role", ["editor_b", "mso_member"])
def test_only_editors_of_the_page_may_mark_it_reviewed(page, users, client, role):
    client.force_login(users[role])
    response = client.post(reverse("translations_mark_reviewed", args=[page.pk]), {"language": "ar"})
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:  # the admin's login redirect, not the editor
        assert "login" in response["Location"] or response["Location"] == "/admin/"
    assert machine_translated_fields(page, "ar") == ["intro", "title"]


def test_mark_reviewed_refuses_german_and_get(page, users, client):
    client.force_login(users["editor_a"])
    url = reverse("translations_mark_reviewed", args=[page.pk])
    assert client.post(url, {"language": "de"}).status_code == 404
    assert client.get(url).status_code == 405


def test_the_public_page_shows_the_notice_in_the_readers_language(page, client):
    arabic = BeautifulSoup(client.get(url_in(page, "ar")).content, "html.parser")
    notice = arabic.select_one(NOTICE)
    assert notice is not None
    assert (notice["lang"], notice["dir"]) == ("ar", "rtl")
    assert notice["role"] == "note"
    assert "ترجمة آلية" in notice.text  # in the reader's language
    english = BeautifulSoup(client.get(url_in(page, "en")).content, "html.parser")
    assert english.select_one(NOTICE) is None  # a person's translation
    german = BeautifulSoup(client.get(url_in(page, "de")).content, "html.parser")
    assert german.select_one(NOTICE) is None


def test_the_notice_costs_one_query_in_a_translated_language_and_none_in_german(page, client):
    for language, extra in (("de", 0), ("ar", 1)):
        url = url_in(page, language)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        marks = [q for q in queries.captured_queries if "portal_translationstate" in q["sql"]]
        assert len(marks) == extra, language


def test_a_german_reader_never_sees_the_notice_even_with_marks(page, client):
    with translation.override("de"):
        assert BeautifulSoup(client.get(page.get_url()).content, "html.parser").select_one(NOTICE) is None


def test_marking_reviewed_drops_the_cached_page_at_once(page, users, client, settings):
    from django.test import Client

    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    visitor = Client()
    url = url_in(page, "ar")
    visitor.get(url)
    cached = visitor.get(url)
    assert cached.headers.get("X-Page-Cache") == "hit"
    assert BeautifulSoup(cached.content, "html.parser").select_one(NOTICE) is not None
    client.force_login(users["editor_a"])
    client.post(reverse("translations_mark_reviewed", args=[page.pk]), {"language": "ar"})
    fresh = visitor.get(url)
    assert fresh.headers.get("X-Page-Cache") != "hit"
    assert BeautifulSoup(fresh.content, "html.parser").select_one(NOTICE) is None


def test_an_offer_shows_the_notice_too(town_a, client):
    from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory

    offer = OfferPageFactory(parent=OfferIndexPageFactory(parent=town_a.page), title="Nähcafé")
    draft = type(offer).objects.get(pk=offer.pk).get_latest_revision_as_object()
    draft.title_uk = "Швейне кафе"
    draft._machine_translated = {("uk", "title")}
    draft.save_revision().publish()
    offer = type(offer).objects.get(pk=offer.pk)
    notice = BeautifulSoup(client.get(url_in(offer, "uk")).content, "html.parser").select_one(NOTICE)
    assert notice is not None and notice["lang"] == "uk" and notice["dir"] == "ltr"
    assert BeautifulSoup(client.get(url_in(offer, "tr")).content, "html.parser").select_one(NOTICE) is None
