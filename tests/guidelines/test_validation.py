"""Bad rule input is rejected at save with a message; a hostile regex cannot hang a check."""

import time

import pytest
from django.urls import reverse

from guidelines.models import Rule
from guidelines.services import matching
from guidelines.services.engine import RuleSet
from guidelines.services.units import TextUnit
from tests.forms import form_data

BASE = {
    "code": "neu",
    "name": "Neue Regel",
    "severity": "warning",
    "message": "M",
    "reason": "R",
    "enabled": "on",
}


def _post(client, **fields):
    url = reverse("wagtailsnippets_guidelines_rule:add")
    data = {**form_data(client.get(url)), **BASE, **fields}
    return client.post(url, data)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        # the messages as the German admin shows them (locale/de/LC_MESSAGES/django.po)
        (
            {"kind": "pattern", "pattern": "(unclosed"},
            "Der reguläre Ausdruck ist ungültig: missing ) at position 9.",
        ),
        (
            {"kind": "pattern", "pattern": "(a+)+$"},
            "Der reguläre Ausdruck wiederholt eine wiederholte Gruppe, z. B. „(a+)+“",
        ),
        (
            {"kind": "term", "terms": "   "},
            "Diese Art von Regel braucht mindestens einen Begriff (einen pro Zeile).",
        ),
        (
            {"kind": "term", "terms": "Welle", "good_examples": "Die Welle kam."},
            "Die Regel findet etwas in ihrem guten Beispiel: „Die Welle kam.“.",
        ),
        (
            {"kind": "term", "terms": "Welle", "bad_examples": "Das Meer ist ruhig."},
            "Die Regel findet ihr schlechtes Beispiel nicht: „Das Meer ist ruhig.“.",
        ),
        ({"kind": "term", "terms": "Welle", "languages": "xx"}, "Unbekannter Sprachcode „xx“."),
    ],
)
def test_bad_rule_rejected_with_message(users, client_for, fields, message):
    client = client_for("county_editor")
    before = Rule.objects.count()
    response = _post(client, **fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Rule.objects.count() == before


def test_good_rule_is_saved(users, client_for):
    client = client_for("county_editor")
    _post(
        client, kind="term", terms="Welle", bad_examples="Die Welle kam.", good_examples="Das Meer ist ruhig."
    )
    assert Rule.objects.filter(code="neu").exists()


def test_hostile_regex_cannot_hang_a_check(db):
    # Saved around validation (e.g. directly in the database): the time budget still holds.
    rule = Rule(
        code="evil",
        name="evil",
        kind="pattern",
        severity="error",
        message="m",
        reason="r",
        pattern=r"(x+x+)+y",
    )
    text = "x" * 5000
    started = time.perf_counter()
    findings = RuleSet([rule]).check([TextUnit("intro", "de", text)])
    elapsed = time.perf_counter() - started
    assert findings == []
    assert elapsed < matching.PATTERN_TIMEOUT * 40
