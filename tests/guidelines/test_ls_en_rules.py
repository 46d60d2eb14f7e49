"""The Leichte Sprache and English default rules: loaded, scoped to their language, never blocking
in Leichte Sprache, and each finds its bad examples and is silent on its good ones."""

import pytest

from guidelines.defaults_ls_en import ENGLISH, LEICHTE_SPRACHE, RULES
from guidelines.models import Rule
from guidelines.services.engine import check_text, example_failures

CODES = [rule["code"] for rule in RULES]


def _codes(text, language):
    return {finding.rule_code for finding in check_text({"body": text}, language)}


def test_the_rules_are_loaded_by_the_migration_with_reasons_and_sources(db):
    loaded = Rule.objects.filter(code__in=CODES)
    assert loaded.count() == len(RULES)
    for rule in loaded:
        assert "Quelle" in rule.reason or "Source" in rule.reason


def test_leichte_sprache_rules_never_block_and_apply_only_to_leichte_sprache():
    for rule in LEICHTE_SPRACHE:
        assert rule["severity"] in {"suggestion", "warning"}
        assert rule["languages"] == "de-x-ls"
    assert all(rule["languages"] == "en" for rule in ENGLISH)


@pytest.mark.parametrize("code", CODES)
def test_rule_passes_its_examples(db, code):
    assert example_failures(Rule.objects.get(code=code)) == ([], [])


@pytest.mark.parametrize(
    ("text", "language", "code", "expected"),
    [
        ("Der Kurs ist nicht teuer.", "de-x-ls", "ls-negation", True),
        ("Der Kurs ist nicht teuer.", "de", "ls-negation", False),  # German fields are not Leichte Sprache
        ("Das Büro des Amtes ist oben.", "de-x-ls", "ls-genitive", True),
        ("Das Büro vom Amt ist oben.", "de-x-ls", "ls-genitive", False),
        ("Die Kinderbetreuung ist kostenlos.", "de-x-ls", "ls-compounds", True),
        ("Die Kinder·betreuung ist kostenlos.", "de-x-ls", "ls-compounds", False),
        ("Behörden sind Ämter.", "de-x-ls", "ls-difficult-words", False),  # explained
        ("Gehen Sie zur Behörde (zum Amt).", "de-x-ls", "ls-difficult-words", True),
        ("Illegal immigrants can see a doctor.", "en", "en-illegal-people", True),
        ("Illegal immigrants can see a doctor.", "de", "en-illegal-people", False),
        ("The word “illegals” is offensive.", "en", "en-illegal-people", False),  # quoted
        ("The influx of visitors was large.", "en", "en-disaster-metaphors", False),
    ],
)
def test_scope_and_near_misses(db, text, language, code, expected):
    assert (code in _codes(text, language)) is expected
