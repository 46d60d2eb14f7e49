"""Filling a page's translations from German by machine translation: structure, glossary,
Leichte Sprache, nothing overwritten, errors, guideline findings, the editor's action."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse

from guidelines.models import Rule, WordList
from home.factories import ContentPageFactory
from portal.translation_status import MACHINE, status_for
from translations.machine import service
from translations.machine.models import GlossaryTerm

LINK_PAGE_ID = 3


@pytest.fixture
def page(town_a):
    body = [
        {"type": "heading", "value": {"text": "Anmeldung", "level": "h2"}, "id": "b-heading"},
        {
            "type": "paragraph",
            "value": (
                f'<p>Fragen Sie die <a linktype="page" id="{LINK_PAGE_ID}">Ausländerbehörde</a>'
                " im Rathaus.</p>"
            ),
            "id": "b-paragraph",
        },
        {"type": "quote", "value": {"text": "Willkommen!", "source": ""}, "id": "b-quote"},
        {
            "type": "link",
            "value": {"page": None, "url": "https://example.org/", "text": "Mehr lesen"},
            "id": "b-link",
        },
    ]
    page = ContentPageFactory(
        parent=town_a.page, title="Sprachkurs", intro="Ein Kurs im Jobcenter.", body=body
    )
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def draft_of(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def body_data(draft, language):
    stream = getattr(draft, f"body_{language}")
    return stream.stream_block.get_prep_value(stream)


def test_fill_all_languages_keeps_structure_and_marks_machine(page, fake_deepl, users):
    result = service.fill(draft_of(page), None, users["editor_a"])
    assert set(result.filled) == {"en", "ar", "fa", "ru", "tr", "uk"}
    draft = draft_of(page)
    assert draft.title_en == "[EN-GB] Sprachkurs"
    assert draft.intro_ar == "[AR] Ein Kurs im Jobcenter."
    english = body_data(draft, "en")
    assert [(block["type"], block["id"]) for block in english] == [
        ("heading", "b-heading"),
        ("paragraph", "b-paragraph"),
        ("quote", "b-quote"),
        ("link", "b-link"),
    ]
    assert english[0]["value"] == {"text": "[EN-GB] Anmeldung", "level": "h2"}
    assert english[1]["value"] == (
        f'<p>[EN-GB] Fragen Sie die <a linktype="page" id="{LINK_PAGE_ID}">[EN-GB] Ausländerbehörde</a>'
        "[EN-GB]  im Rathaus.</p>"
    )
    assert english[3]["value"]["url"] == "https://example.org/"
    assert english[3]["value"]["text"] == "[EN-GB] Mehr lesen"
    # one request per language and kind of text (plain, rich), not one per field
    assert len(fake_deepl.requests_to("/v2/translate")) == 12
    statuses = {status.language: status for status in status_for(draft)}
    assert statuses["en"].status == MACHINE
    assert set(statuses["ar"].fields_with(MACHINE)) == {"title", "intro", "body"}
    # Leichte Sprache is never filled; the live page is untouched
    assert not draft.intro_de_x_ls
    assert statuses["de-x-ls"].status == "missing"
    assert type(page).objects.get(pk=page.pk).title_en in ("", None)
    assert draft.live_revision_id != draft.get_latest_revision().pk


def test_leichte_sprache_asked_for_is_not_offered(page, fake_deepl, users):
    result = service.fill(draft_of(page), ["de-x-ls"], users["editor_a"])
    assert result.not_offered == ["de-x-ls"]
    assert result.field_count == 0
    assert fake_deepl.requests_to("/v2/translate") == []


def test_fields_a_person_filled_are_kept_unless_replacing(page, fake_deepl, users):
    draft = draft_of(page)
    draft.intro_en = "A course at the job centre."
    draft.save_revision(user=users["editor_a"])
    result = service.fill(draft_of(page), ["en"], users["editor_a"])
    assert result.filled == {"en": ["body", "title"]}
    assert draft_of(page).intro_en == "A course at the job centre."
    service.fill(draft_of(page), ["en"], users["editor_a"], replace=True)
    assert draft_of(page).intro_en == "[EN-GB] Ein Kurs im Jobcenter."


def test_glossary_by_deepl_and_after_translation(page, fake_deepl, users):
    GlossaryTerm.objects.create(
        term="Ausländerbehörde", translation_en="Immigration Office", translation_ar="دائرة الأجانب"
    )
    WordList.objects.create(name="Ämter", purpose=WordList.Purpose.OFFICIAL_NAMES, entries="Jobcenter")
    service.fill(draft_of(page), ["en", "ar"], users["editor_a"])
    draft = draft_of(page)
    # English: DeepL supports the pair, the glossary goes with the request
    assert fake_deepl.requests_to("/v2/glossaries")
    assert "Immigration Office</a>" in body_data(draft, "en")[1]["value"]
    assert draft.intro_en == "[EN-GB] Ein Kurs im Jobcenter."
    # Arabic: no DeepL glossary for the pair; the terms are protected and applied afterwards
    assert 'id="3">[AR] دائرة الأجانب</a>' in body_data(draft, "ar")[1]["value"]
    assert draft.intro_ar == "[AR] Ein Kurs im Jobcenter."
    sent = [
        request[3] for request in fake_deepl.requests_to("/v2/translate") if request[3]["target_lang"] == "AR"
    ]
    assert all(
        "Jobcenter" not in text and "Ausländerbehörde" not in text for body in sent for text in body["text"]
    )
    assert all("linktype" not in text for body in sent for text in body["text"])  # link attributes protected


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("quota", "Kontingent"),
        ("rate", "ausgelastet"),
        ("error", "nicht erreichbar"),
        ("slow", "nicht rechtzeitig"),
    ],
)
def test_provider_errors_change_nothing(page, fake_deepl, users, mode, words):
    before = draft_of(page).get_latest_revision().pk
    fake_deepl.mode = mode
    with pytest.raises(service.FillFailed) as failed:
        service.fill(draft_of(page), None, users["editor_a"])
    assert words in failed.value.message
    draft = draft_of(page)
    assert draft.get_latest_revision().pk == before
    assert not draft.title_en


def test_libretranslate_fill(page, fake_libretranslate, users):
    result = service.fill(draft_of(page), ["uk"], users["editor_a"])
    assert result.filled == {"uk": ["body", "intro", "title"]}
    assert draft_of(page).title_uk == "[uk] Sprachkurs"
    assert f'<a linktype="page" id="{LINK_PAGE_ID}">' in body_data(draft_of(page), "uk")[1]["value"]


def test_guideline_findings_are_reported(page, fake_deepl, users):
    Rule.objects.create(
        code="mt-test",
        name="Maschinenmarke",
        kind=Rule.Kind.PATTERN if hasattr(Rule, "Kind") else "pattern",
        pattern=r"\[EN-GB\]",
        severity="warning",
        message="Marke der Maschine",
        languages="en",
    )
    result = service.fill(draft_of(page), ["en", "ru"], users["editor_a"])
    assert result.findings
    assert {finding.language for finding in result.findings} == {"en"}


def test_editor_action(page, fake_deepl, client, users):
    client.force_login(users["editor_a"])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    url = reverse("translations_machine_fill", args=[page.pk])
    assert BeautifulSoup(edit.content, "html.parser").select(f'a[href="{url}"]')
    form = client.get(url)
    assert form.status_code == 200
    assert b'value="de-x-ls"' not in form.content
    response = client.post(url, {"language": "ar"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert draft_of(page).title_ar == "[AR] Sprachkurs"
    assert not draft_of(page).title_en
    assert any("maschinell" in str(message).lower() for message in get_messages(response.wsgi_request))


def test_editor_action_error_message(page, fake_deepl, client, users):
    fake_deepl.mode = "quota"
    client.force_login(users["editor_a"])
    response = client.post(
        reverse("translations_machine_fill", args=[page.pk]), {"language": "all"}, follow=True
    )
    assert "Kontingent" in response.content.decode()
    assert not draft_of(page).title_en


def test_editor_action_needs_edit_permission(page, fake_deepl, client, users):
    client.force_login(users["editor_b"])
    response = client.post(reverse("translations_machine_fill", args=[page.pk]), {"language": "all"})
    assert response.status_code in (302, 403)  # Wagtail's admin answers PermissionDenied with a redirect
    assert response.get("Location") != reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not draft_of(page).title_en


def test_hidden_when_not_configured(page, client, users):
    client.force_login(users["editor_a"])
    url = reverse("translations_machine_fill", args=[page.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert not BeautifulSoup(edit.content, "html.parser").select(f'a[href="{url}"]')
    assert client.get(url).status_code == 404
    assert client.post(url, {"language": "all"}).status_code == 404
    with pytest.raises(service.FillFailed):
        service.fill(draft_of(page), None, users["editor_a"])


def test_fill_without_saving_leaves_the_save_to_the_caller(page, fake_deepl, users):
    draft = draft_of(page)
    before = draft.get_latest_revision().pk
    result = service.fill(draft, ["tr"], users["editor_a"], save=False)
    assert result.revision is None
    assert draft.title_tr == "[TR] Sprachkurs"
    assert ("tr", "title") in draft._machine_translated
    assert draft_of(page).get_latest_revision().pk == before
    draft.save_revision(user=users["editor_a"])
    turkish = next(status for status in status_for(draft_of(page)) if status.language == "tr")
    assert turkish.status == MACHINE


def test_languages_can_be_limited_and_the_others_read_not_offered(page, fake_deepl, settings, client, users):
    settings.MACHINE_TRANSLATION = {**settings.MACHINE_TRANSLATION, "LANGUAGES": ["en", "uk"]}
    client.force_login(users["editor_a"])
    form = BeautifulSoup(
        client.get(reverse("translations_machine_fill", args=[page.pk])).content, "html.parser"
    )
    assert {item["value"] for item in form.select('input[name="language"]')} == {"all", "en", "uk"}
    assert {item["data-not-offered"] for item in form.select("[data-not-offered]")} == {
        "ar",
        "fa",
        "ru",
        "tr",
    }
    result = service.fill(draft_of(page), None, users["editor_a"])
    assert set(result.filled) == {"en", "uk"}


def test_county_editors_keep_the_glossary(client, users):
    url = reverse("wagtailsnippets_translations_glossaryterm:add")
    client.force_login(users["county_editor"])
    assert client.get(url).status_code == 200
    client.force_login(users["editor_a"])
    assert client.get(url).status_code != 200
