"""Translation status per page and language: missing, outdated, up to date — and its admin panel."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.factories import ContentPageFactory
from portal.models import TranslationState
from portal.translation_status import (
    CURRENT,
    MACHINE,
    MISSING,
    OUTDATED,
    machine_translated_fields,
    mark_reviewed,
    status_for,
)


def statuses(page):
    return {status.language: status.status for status in status_for(type(page).objects.get(pk=page.pk))}


@pytest.fixture
def page(town_a):
    page = ContentPageFactory(parent=town_a.page, title="Sprachkurs", intro="Ein Kurs für alle.")
    page.title_en, page.intro_en = "Language course", "A course for everyone."
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_new_translation_is_current_and_others_missing(page):
    result = statuses(page)
    assert result["en"] == CURRENT
    assert result["ar"] == MISSING
    assert "de" not in result


def test_german_change_makes_translation_outdated(page):
    page.intro_de = "Ein Kurs für alle Erwachsenen."
    page.save_revision().publish()
    assert statuses(page)["en"] == OUTDATED


def test_saving_the_translation_again_makes_it_current(page):
    page.intro_de = "Ein Kurs für alle Erwachsenen."
    page.save_revision().publish()
    page = type(page).objects.get(pk=page.pk)
    page.intro_en = "A course for all adults."
    page.save_revision().publish()
    assert statuses(page)["en"] == CURRENT


def test_partial_translation_lists_missing_fields(page):
    page.title_ar = "دورة لغة"
    page.save_revision().publish()
    arabic = next(s for s in status_for(type(page).objects.get(pk=page.pk)) if s.language == "ar")
    assert arabic.status == CURRENT
    assert arabic.missing_fields == ["intro"]
    assert arabic.missing_labels == ["Einleitung"]  # the editor reads the field's name, not "intro"


def test_translation_panel_in_the_editor(page, users, client):
    client.force_login(users["editor_a"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    rows = BeautifulSoup(response.content, "html.parser").select("tr[data-language]")
    shown = {row["data-language"]: row["data-status"] for row in rows}
    assert shown == statuses(page)


def test_a_translation_saved_in_a_draft_is_current_at_once(page):
    draft = page.get_latest_revision_as_object()
    draft.intro_de = "Ein Kurs für alle Erwachsenen."
    draft.intro_en = "A course for all adults."
    draft.save_revision()
    draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    english = next(s for s in status_for(draft) if s.language == "en")
    assert english.status == CURRENT
    published = type(page).objects.get(pk=page.pk)
    assert published.intro_de == "Ein Kurs für alle."  # the live page is untouched ...
    draft.save_revision().publish()
    assert statuses(type(page).objects.get(pk=page.pk))["en"] == CURRENT  # ... and publishing changes nothing


def test_a_german_change_in_a_draft_makes_only_that_field_outdated(page):
    draft = page.get_latest_revision_as_object()
    draft.intro_de = "Ein Kurs für alle Erwachsenen."
    draft.save_revision()
    english = next(s for s in status_for(draft) if s.language == "en")
    assert english.status == OUTDATED
    assert english.fields_with(OUTDATED) == ["intro"]
    assert english.fields_with(CURRENT) == ["title"]


def test_machine_translation_is_marked_until_a_person_reviews_it(page, users):
    draft = page.get_latest_revision_as_object()
    draft.intro_ar = "دورة للجميع."
    draft._machine_translated = {("ar", "intro")}
    draft.save_revision()
    assert next(s for s in status_for(draft) if s.language == "ar").status == MACHINE
    draft.save_revision().publish()  # publishing the machine's text keeps the mark
    live = type(page).objects.get(pk=page.pk)
    assert machine_translated_fields(live, "ar") == ["intro"]
    assert mark_reviewed(live, "ar", users["editor_a"]) == 1
    assert machine_translated_fields(live, "ar") == []
    assert statuses(live)["ar"] == CURRENT


def test_a_person_rewriting_a_machine_translation_reviews_it(page, users):
    draft = page.get_latest_revision_as_object()
    draft.intro_ar = "دورة للجميع."
    draft._machine_translated = {("ar", "intro")}
    draft.save_revision()
    draft.intro_ar = "دورة لكل الناس."
    draft.save_revision(user=users["editor_a"])
    state = TranslationState.objects.get(page=page, language="ar", field="intro")
    assert (state.machine, state.reviewed_by) == (False, users["editor_a"])
