"""Translation status per page and language: missing, outdated, up to date — and its admin panel."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.factories import ContentPageFactory
from portal.translation_status import CURRENT, MISSING, OUTDATED, status_for


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
