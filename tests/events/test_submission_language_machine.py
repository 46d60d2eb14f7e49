"""The moderation screen of a submitted event with machine translation configured (issue 20,
Deliver 4 with Deliver 2): the button fills the missing languages from German in a draft,
marked machine translated, Leichte Sprache left to a person; a provider error is a message and
nothing the moderator typed is lost. Runs once translations.machine.service is merged in
(skipped before): against the local LibreTranslate server of tests/translations."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from events.models import EventPage
from events.submissions import machine
from portal.translation_status import machine_translated_fields

pytest.importorskip("translations.machine.service")
fake_providers = pytest.importorskip("tests.translations.fake_providers")
fake_libretranslate = fake_providers.fake_libretranslate

from tests.events.submission_screen import (  # noqa: E402
    ARABIC_TITLE,
    post_screen,
    screen,
)

GERMAN = {"title_de": "Syrischer Kochabend", "intro_de": "Wir kochen zusammen."}


def test_the_machine_button_fills_the_missing_languages_from_german(
    client, users, arabic_submission, fake_libretranslate
):
    assert machine.is_available()
    soup = BeautifulSoup(screen(client, users["editor_a"], arabic_submission).content, "html.parser")
    assert soup.select("button[name=machine]")
    response = post_screen(client, users["editor_a"], arabic_submission, GERMAN, "machine")
    assert response.status_code == 302
    event = EventPage.objects.get(pk=arabic_submission.event_id)
    draft = event.get_latest_revision_as_object()
    assert draft.title_de == "Syrischer Kochabend"
    assert draft.title_en == "[en] Syrischer Kochabend"
    assert draft.title_ar == ARABIC_TITLE  # the submitter's own text is kept
    assert not draft.title_de_x_ls  # Leichte Sprache: a person writes it
    assert "title" in machine_translated_fields(draft, "en")
    assert not event.live


def test_machine_translation_needs_german_first(client, users, arabic_submission, fake_libretranslate):
    response = post_screen(client, users["editor_a"], arabic_submission, {}, "machine")
    assert response.status_code == 302
    draft = EventPage.objects.get(pk=arabic_submission.event_id).get_latest_revision_as_object()
    assert not draft.title_en
    assert not fake_libretranslate.requests


def test_a_provider_error_is_a_message_and_the_typed_german_is_kept(
    client, users, arabic_submission, fake_libretranslate
):
    fake_libretranslate.mode = "error"
    response = post_screen(client, users["editor_a"], arabic_submission, GERMAN, "machine")
    assert response.status_code == 302
    page = client.get(reverse("event_submission_languages", args=[arabic_submission.pk]))
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one("#id_title_de")["value"] == "Syrischer Kochabend"
    assert not soup.select_one("#id_title_en").get("value")
