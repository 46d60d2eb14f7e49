"""What editors read about findings: field labels with language, severities and counts in words."""

import pytest
from django.urls import reverse
from django.utils import translation

from guidelines.services import gate, labels, report, warmup
from guidelines.services.units import Finding
from offers.models import OfferPage
from organisations.models import Organisation


def finding(field="intro", language="de", severity="error", rule_name="„Asylant“", matched="Asylanten", **kw):
    return Finding(
        rule_id=1,
        rule_code="asylant",
        rule_name=rule_name,
        severity=severity,
        message="„Asylant“ ist ein abwertendes Wort.",
        reason="",
        suggestions=("Asylsuchende",),
        field=field,
        language=language,
        start=4,
        end=4 + len(matched),
        matched_text=matched,
        **kw,
    )


@pytest.mark.parametrize(
    ("language", "counts", "expected"),
    [
        ("de", {"suggestion": 3, "warning": 36}, "36 Warnungen, 3 Hinweise"),
        ("de", {"error": 1, "warning": 1, "suggestion": 1}, "1 Fehler, 1 Warnung, 1 Hinweis"),
        ("en", {"suggestion": 3, "warning": 36}, "36 warnings, 3 suggestions"),
        ("ru", {"warning": 5}, "5 предупреждений"),
        ("ar", {"error": 2, "warning": 1}, "2 خطآن، 1 تحذير"),
        ("de", {"error": 0}, ""),
    ],
)
def test_severity_summary_in_words(language, counts, expected):
    with translation.override(language):
        assert labels.severity_summary(counts) == expected


def test_findings_summary_says_when_there_is_nothing():
    with translation.override("de"):
        assert labels.findings_summary([]) == "Keine Befunde."
        assert labels.findings_summary([finding(), finding(severity="suggestion")]) == "1 Fehler, 1 Hinweis"


@pytest.mark.parametrize(
    ("language", "field", "text_language", "expected"),
    [
        ("de", "intro", "ar", "Einleitung (Arabisch)"),
        ("de", "contact_role", "de", "Kontakt (Stelle oder Funktion) (Deutsch)"),
        ("de", "intro", "de-x-ls", "Einleitung (Leichte Sprache)"),
        ("en", "intro", "fa", "Introduction (Persian)"),
        ("de", "last_reviewed", "de", "Zuletzt geprüft"),  # not translated: no language
        ("de", "no_such_field", "de", "no_such_field"),
    ],
)
def test_field_label_names_field_and_language(language, field, text_language, expected):
    with translation.override(language):
        assert labels.field_label(OfferPage, field, text_language) == expected


def test_severity_names_in_the_editors_language():
    with translation.override("de"):
        assert [labels.severity_name(s) for s in labels.SEVERITY_ORDER] == ["Fehler", "Warnung", "Hinweis"]
    with translation.override("tr"):
        assert labels.severity_name("warning") == "Uyarı"


def test_quotes_are_added_once():
    with translation.override("de"):
        assert labels.quoted("Asylanten") == "„Asylanten“"
        assert labels.quoted("„Asylant“") == "„Asylant“"
        assert labels.quoted("„Illegale“ Menschen") == "„Illegale“ Menschen"
    with translation.override("ar"):
        assert labels.quoted("Asylanten") == "«Asylanten»"


def test_blocked_message_quotes_a_quoted_rule_name_once():
    with translation.override("de"):
        message = gate.blocked_message([finding()], OfferPage)
    assert "Einleitung (Deutsch): Regel „Asylant“ hat „Asylanten“ gefunden" in message
    assert "„„" not in message and "““" not in message


def test_groups_follow_the_form_and_name_what_to_focus():
    found = [
        finding(field="intro", language="ar", severity="suggestion"),
        finding(field="intro", language="ar", severity="error"),
        finding(field="title", language="de", severity="warning"),
        finding(field="body", language="de", block="b1/text"),
    ]
    with translation.override("de"):
        groups = labels.groups(found, OfferPage)
    assert [(g["label"], g["input"], g["direction"]) for g in groups] == [
        ("Titel (Deutsch)", "title_de", "ltr"),
        ("Einleitung (Arabisch)", "intro_ar", "rtl"),
        ("Inhalt (Deutsch)", "body_de", "ltr"),
    ]
    assert [f["severity_label"] for f in groups[1]["findings"]] == ["Fehler", "Hinweis"]
    assert groups[2]["findings"][0]["block"] == "b1/text"


def test_untranslated_snippet_field_keeps_its_name():
    with translation.override("de"):
        assert labels.field_label(Organisation, "description", "de") == "Beschreibung (Deutsch)"
        assert labels.field_label(None, "description", "de") == "description (Deutsch)"


def test_live_check_answers_with_labels_and_summary(finder_a, client_for):
    editor = client_for("editor_a")
    data = {"guidelines_model": "offers.offerpage", "title_de": "Angebot", "intro_ar": "", "intro_de": ""}
    data["intro_de"] = "Nach der Flüchtlingswelle gründeten wir das Café."
    with translation.override("de"):
        answer = editor.post(reverse("guidelines_check"), data, HTTP_ACCEPT_LANGUAGE="de").json()
    intro = next(g for g in answer["groups"] if g["input"] == "intro_de")
    assert intro["label"] == "Einleitung (Deutsch)"
    assert any(
        f["matched_text"] == "Flüchtlingswelle" and f["severity_label"] == "Fehler" for f in intro["findings"]
    )
    assert answer["count"] == len(answer["findings"]) and answer["blocking"] >= 1
    assert "Fehler" in answer["summary"] and "verhinder" in answer["blocking_note"]


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["/srv/.venv/bin/gunicorn", "portal.wsgi:application"], {}, True),
        (["/srv/.venv/lib/python3.11/site-packages/gunicorn/__main__.py", "portal.wsgi"], {}, True),
        (["manage.py", "runserver", "--noreload"], {}, True),
        (["manage.py", "runserver"], {"RUN_MAIN": "true"}, True),
        (["manage.py", "runserver"], {}, False),  # the autoreloader's watching process
        (["manage.py", "migrate"], {}, False),
        (["/srv/.venv/bin/pytest", "tests"], {}, False),
    ],
)
def test_only_servers_warm_up(argv, environ, expected):
    assert warmup.serving(argv, environ) is expected


def test_warm_up_loads_german_readability():
    assert "de" in warmup.warm_readability()


def test_report_counts_and_fields_in_words(make_offer, client_for):
    make_offer(intro="Die Asylanten und die Flüchtlingswelle.", publish=False)
    with translation.override("de"):
        summary = report.counts()["summary"]
        html = client_for("county_editor").get(reverse("guidelines_report"), HTTP_ACCEPT_LANGUAGE="de")
    assert summary.startswith("2 Fehler") and "error" not in summary
    text = html.content.decode()
    assert summary in text and "Einleitung (Deutsch)" in text and "error:" not in text
