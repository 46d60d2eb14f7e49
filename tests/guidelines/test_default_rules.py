"""The default rule set: every rule finds its bad examples and is silent on its good ones."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guidelines.defaults import RULES
from guidelines.defaults_ls_en import RULES as LS_EN_RULES
from guidelines.models import Rule
from guidelines.services.engine import check_text, example_failures

BAD = [(rule["code"], example) for rule in RULES for example in rule.get("bad_examples", "").splitlines()]
GOOD = [(rule["code"], example) for rule in RULES for example in rule.get("good_examples", "").splitlines()]
TEXT_KINDS = {"term", "pattern", "sentence_length", "readability"}


def _codes(text, language="de", field="body"):
    return {finding.rule_code for finding in check_text({field: text}, language)}


def _language(code):
    rule = next(r for r in RULES if r["code"] == code)
    return (rule.get("languages") or "de").split(",")[0].strip()


def test_at_least_thirty_rules_are_loaded(db):
    assert Rule.objects.count() >= 30
    assert set(Rule.objects.values_list("code", flat=True)) == {rule["code"] for rule in RULES + LS_EN_RULES}


@pytest.mark.parametrize(("code", "example"), BAD, ids=[f"{c}-bad-{i}" for i, (c, _e) in enumerate(BAD)])
def test_rule_finds_its_bad_example(db, code, example):
    rule = Rule.objects.get(code=code)
    missed, _wrongly = example_failures(rule)
    assert example not in missed


@pytest.mark.parametrize(("code", "example"), GOOD, ids=[f"{c}-good-{i}" for i, (c, _e) in enumerate(GOOD)])
def test_rule_is_silent_on_its_good_example(db, code, example):
    rule = Rule.objects.get(code=code)
    _missed, wrongly = example_failures(rule)
    assert example not in wrongly


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("water-metaphors", "Die Flüchtlingswelle kam."),
        ("water-metaphors", "Flüchtlingswellen gab es."),  # plural
        ("water-metaphors", "Wegen der Flüchtlingswelle."),
        ("water-metaphors", "Die Flüchtlingswellenpolitik."),  # inside a compound
        ("water-metaphors", "die flüchtlingswelle"),  # lower case
        ("asylant", "Die Asylantenheime."),  # compound
        ("asylant", "des Asylanten"),  # genitive
        ("foreigners", "Ausländerinnen und Ausländer."),
        ("foreigners", "Kreisausländer sind gemeint."),
        ("refugee-diminutive", "Flüchtlinge wohnen hier."),  # capital at sentence start
        ("the-disabled", "Für Behinderte."),
    ],
)
def test_inflections_compounds_and_capitals(db, code, text):
    assert code in _codes(text, _language(code))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("foreigners", "Die Ausländerbehörde ist geöffnet."),
        ("foreigners", "Bei den Ausländerbehörden im Land."),
        ("refugee-diminutive", "Der Flüchtlingsrat berät."),
        ("race", "Auf der Terrasse."),
        ("water-metaphors", "„Flüchtlingswelle“ nannte es die Zeitung damals."),  # quotation
        ("water-metaphors", "Die Wellen am Strand."),
    ],
)
def test_exceptions_and_quotations(db, code, text):
    assert code not in _codes(text, _language(code))


def test_findings_carry_positions_reason_and_suggestions(db):
    text = "Im Herbst kam die Flüchtlingswelle an."
    finding = next(f for f in check_text({"intro": text}) if f.rule_code == "water-metaphors")
    assert text[finding.start : finding.end] == "Flüchtlingswelle"
    assert (finding.field, finding.language, finding.severity) == ("intro", "de", "error")
    assert "NdM" in finding.reason
    assert "Zuzug von Geflüchteten" in finding.suggestions


def test_rules_apply_to_their_language_only(db):
    assert "ls-number-words" in _codes("Der Kurs dauert drei Wochen.", "de-x-ls")
    assert "ls-number-words" not in _codes("Der Kurs dauert drei Wochen.", "de")


def test_every_default_rule_cites_a_source():
    assert all("Quelle" in rule["reason"] for rule in RULES)


def test_command_passes_on_the_default_set(db, capsys):
    call_command("test_guidelines")
    assert "all examples pass" in capsys.readouterr().out


def test_command_fails_with_exit_code_one_when_an_example_fails(db, capsys):
    Rule.objects.filter(code="asylant").update(bad_examples="Ein ganz harmloser Satz.")
    with pytest.raises(CommandError) as raised:
        call_command("test_guidelines")
    assert raised.value.returncode == 1
    assert "FAIL asylant" in capsys.readouterr().out
