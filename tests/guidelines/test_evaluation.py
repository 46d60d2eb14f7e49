"""The corpus evaluation: reading a corpus, span overlap, counting, the command's gate and exit code."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from guidelines.models import Rule
from guidelines.services import evaluation
from guidelines.services.engine import RuleSet
from guidelines.services.evaluation import CorpusError, Entry, overlaps

HEADER = "# label\tcategory\tphrase\tsentence\tnote\n"


def corpus(*lines):
    return HEADER + "".join("\t".join(line) + "\n" for line in lines)


def term_rule(code, terms, **fields):
    return Rule(
        code=code, name=code, kind="term", severity="warning", message="m", reason="r", terms=terms, **fields
    )


@pytest.fixture
def ruleset():
    return RuleSet(
        [
            term_rule("wave", "Flüchtlingswelle\nWelle"),  # "Welle" also fires on harmless waves
            term_rule("asylant", "Asylant"),
            Rule(
                code="number",
                name="number",
                kind="pattern",
                severity="suggestion",
                message="m",
                reason="r",
                pattern=r"\bdrei\b",
                languages="de-x-ls",
            ),
        ]
    )


# Reading ----------------------------------------------------------------------------------


def test_parse_reads_labels_phrases_and_notes_and_skips_comments():
    text = (
        corpus(
            ("bad", "metaphor", "Flüchtlingswelle", "Die Flüchtlingswelle kam.", "-"),
            ("good", "harmless", "-", "Im Bad gibt es eine Welle.", "pool"),
        )
        + "\n# a comment\n"
    )
    entries = evaluation.parse(text, "de", "x.tsv")
    assert [(e.label, e.phrase, e.note, e.source) for e in entries] == [
        ("bad", "Flüchtlingswelle", "", "x.tsv:2"),
        ("good", "", "pool", "x.tsv:3"),
    ]
    assert entries[0].language == "de"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (("bad", "metaphor", "Flut", "Die Flüchtlingswelle kam.", "-"), "not in the sentence"),
        (("bad", "metaphor", "-", "Die Flüchtlingswelle kam.", "-"), "needs the expected phrase"),
        (("maybe", "metaphor", "-", "Die Welle kam.", "-"), "label"),
        (("bad", "metaphor", "Welle"), "columns"),
        (("good", "x", "-", "", "-"), "empty"),
    ],
)
def test_parse_refuses_broken_lines_with_file_and_line(line, message):
    with translation.override("en"), pytest.raises(CorpusError, match=message) as error:
        evaluation.parse(corpus(line), "de", "x.tsv")
    assert "x.tsv:2" in str(error.value)


def test_corpus_errors_are_in_the_users_language():
    line = ("bad", "metaphor", "Flut", "Die Flüchtlingswelle kam.", "-")
    with translation.override("de"), pytest.raises(CorpusError, match="steht nicht im Satz"):
        evaluation.parse(corpus(line), "de", "x.tsv")


def test_corpus_files_take_the_language_from_the_file_name(tmp_path):
    (tmp_path / "de.tsv").write_text(corpus(("good", "x", "-", "Gut.", "-")), encoding="utf-8")
    (tmp_path / "de-x-ls.tsv").write_text(corpus(("good", "x", "-", "Gut.", "-")), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a corpus", encoding="utf-8")
    files = evaluation.corpus_files(tmp_path)
    assert [evaluation.language_of(f) for f in files] == ["de", "de-x-ls"]
    assert [evaluation.language_of(f) for f in evaluation.corpus_files(tmp_path, ["DE-X-LS"])] == ["de-x-ls"]
    with pytest.raises(CorpusError):
        evaluation.corpus_files(tmp_path, ["en"])
    with pytest.raises(CorpusError):
        evaluation.corpus_files(tmp_path / "missing")


def test_the_shipped_corpora_are_readable_and_large_enough():
    sizes = {}
    for path in evaluation.corpus_files():
        entries = evaluation.load(path)
        sizes[evaluation.language_of(path)] = (
            sum(e.label == "bad" for e in entries),
            sum(e.label == "good" for e in entries),
        )
    assert sum(sizes["de"]) >= 320 and min(sizes["de"]) >= 150
    for language in ("de-x-ls", "en"):
        assert sum(sizes[language]) >= 40 and min(sizes[language]) >= 15


# Spans and counting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 5), (4, 9), True), ((0, 5), (5, 9), False), ((3, 4), (0, 10), True), ((6, 9), (0, 6), False)],
)
def test_overlap_of_half_open_spans(a, b, expected):
    assert overlaps(a, b) is expected
    assert overlaps(b, a) is expected


def test_every_occurrence_of_the_phrase_counts():
    entry = Entry("bad", "x", "Welle", "Welle hier, Welle da", language="de")
    assert entry.phrase_spans() == [(0, 5), (12, 17)]


def test_evaluate_counts_catches_misses_and_false_positives(ruleset):
    entries = evaluation.parse(
        corpus(
            ("bad", "metaphor", "Flüchtlingswelle", "Die Flüchtlingswelle kam im Herbst.", "-"),
            ("bad", "stigmatising", "Asylanten", "Die Asylanten feiern mit.", "-"),
            # found, but elsewhere in the sentence: not caught
            ("bad", "metaphor", "Flut von Geflüchteten", "Eine Flut von Geflüchteten und eine Welle.", "-"),
            ("good", "harmless", "-", "Im Wellenbad gibt es eine Welle.", "-"),
            ("good", "harmless", "-", "Das Wort „Asylant“ ist abwertend.", "quoted"),
            ("good", "neutral", "-", "Die Beratung ist kostenlos.", "-"),
        ),
        "de",
    )
    result = evaluation.evaluate(entries, ruleset)

    assert [r.caught for r in result.results[:3]] == [True, True, False]
    assert [r.entry.phrase for r in result.misses] == ["Flut von Geflüchteten"]
    assert result.misses[0].findings  # the "Welle" finding is listed as found elsewhere
    assert [r.entry.sentence for r in result.false_positives] == ["Im Wellenbad gibt es eine Welle."]

    total = result.total
    assert (total.bad, total.caught, total.good, total.false_positives) == (3, 2, 3, 1)
    assert total.recall == pytest.approx(2 / 3)
    assert total.precision == pytest.approx(2 / 3)

    by_rule = result.by_rule()
    assert (by_rule["wave"].caught, by_rule["wave"].false_positives) == (1, 1)
    assert by_rule["wave"].precision == pytest.approx(0.5)
    assert (by_rule["asylant"].caught, by_rule["asylant"].false_positives) == (1, 0)
    assert by_rule["asylant"].recall == pytest.approx(1 / 3)  # share of the bad sentences it catches
    assert "number" not in by_rule  # a de-x-ls rule never runs on German text

    by_category = result.by_category()
    assert (by_category["de/metaphor"].bad, by_category["de/metaphor"].caught) == (2, 1)
    assert by_category["de/harmless"].false_positives == 1


def test_rules_run_only_on_their_language(ruleset):
    entries = [
        Entry("bad", "number_words", "drei", "Das Fest beginnt um drei Uhr.", language="de-x-ls"),
        Entry("good", "x", "", "Das Fest beginnt um drei Uhr.", language="de"),
    ]
    result = evaluation.evaluate(entries, ruleset)
    assert result.results[0].caught
    assert not result.results[1].false_positive


def test_failures_apply_the_gate_per_corpus(ruleset):
    entries = [
        Entry("bad", "x", "Asylanten", "Die Asylanten feiern mit.", language="de"),
        Entry("bad", "x", "blau", "Der Himmel ist blau.", language="de"),
        Entry("good", "x", "", "Im Bad gibt es eine Welle.", language="de"),
        Entry("bad", "x", "drei", "Um drei Uhr.", language="de-x-ls"),
    ]
    result = evaluation.evaluate(entries, ruleset)
    assert [language for language, _tally in result.failures(0.95, 0)] == ["de"]
    assert [language for language, _tally in result.failures(0.5, 0)] == ["de"]  # one false positive
    assert result.failures(0.5, 1) == []


# The command ---------------------------------------------------------------------------------


def _write(tmp_path, name, *lines):
    path = tmp_path / name
    path.write_text(corpus(*lines), encoding="utf-8")
    return path


def test_command_passes_and_prints_the_figures(db, tmp_path, capsys):
    path = _write(
        tmp_path,
        "de.tsv",
        ("bad", "stigmatising", "Asylanten", "Die Asylanten aus der Unterkunft feiern mit.", "-"),
        ("good", "neutral", "-", "Die Beratung ist am Dienstag im Rathaus.", "-"),
    )
    call_command("test_guidelines", "--corpus", str(path))
    out = capsys.readouterr().out
    assert "100.0 %" in out
    assert "de.tsv" in out


def test_command_exits_with_1_below_the_recall_limit(db, tmp_path, capsys):
    path = _write(
        tmp_path,
        "de.tsv",
        ("bad", "stigmatising", "Asylanten", "Die Asylanten aus der Unterkunft feiern mit.", "-"),
        ("bad", "invented", "blau", "Der Himmel ist blau.", "no rule can know"),
    )
    with pytest.raises(CommandError) as error:
        call_command("test_guidelines", "--corpus", str(path))
    assert error.value.returncode == 1
    out = capsys.readouterr().out
    assert "de.tsv:3" in out and "Der Himmel ist blau." in out  # listed as a miss
    call_command("test_guidelines", "--corpus", str(path), "--min-recall", "50")  # limit as an option


def test_command_exits_with_1_on_a_false_positive(db, tmp_path, capsys):
    path = _write(
        tmp_path, "de.tsv", ("good", "wrongly", "-", "Die Asylanten aus der Unterkunft feiern mit.", "-")
    )
    with pytest.raises(CommandError) as error:
        call_command("test_guidelines", "--corpus", str(path))
    assert error.value.returncode == 1
    assert "de.tsv:2" in capsys.readouterr().out
    call_command("test_guidelines", "--corpus", str(path), "--max-false-positives", "1")


def test_command_refuses_a_broken_corpus_with_exit_code_2(db, tmp_path):
    path = _write(tmp_path, "de.tsv", ("bad", "x", "Flut", "Die Welle kam.", "-"))
    with pytest.raises(CommandError, match="de.tsv:2") as error:
        call_command("test_guidelines", "--corpus", str(path))
    assert error.value.returncode == 2
