"""Evaluation of the rule set on a labelled corpus: does it find what is meant, and nothing else?

A corpus file (``guidelines/corpus/<language>.tsv``) holds one sentence per line, tab-separated:
``label`` (bad|good), ``category``, ``expected phrase`` (bad: as written in the sentence; good:
``-``), ``sentence``, ``note``. Lines starting with ``#`` and empty lines are comments. The
language is the file name without ``.tsv`` (``de``, ``de-x-ls``, ``en``).

Each sentence is checked alone as editor text. A bad sentence is *caught* when a finding's
span overlaps the expected phrase; a good sentence with any finding is a *false positive*.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from .engine import RuleSet, current_lexicon
from .units import Context, Finding, TextUnit

BAD = "bad"
GOOD = "good"
LABELS = (BAD, GOOD)
COLUMNS = 5
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SUFFIX = ".tsv"


class CorpusError(ValueError):
    """A corpus file that cannot be read as a corpus (the message names file and line)."""


@dataclass(frozen=True)
class Entry:
    label: str
    category: str
    phrase: str
    sentence: str
    note: str = ""
    language: str = "de"
    source: str = ""  # "de.tsv:12"

    def phrase_spans(self) -> list[tuple[int, int]]:
        """Every place where the expected phrase stands in the sentence."""
        spans: list[tuple[int, int]] = []
        if not self.phrase:
            return spans
        index = self.sentence.find(self.phrase)
        while index != -1:
            spans.append((index, index + len(self.phrase)))
            index = self.sentence.find(self.phrase, index + 1)
        return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


# Reading --------------------------------------------------------------------------------------


def language_of(path: Path) -> str:
    return path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem


def corpus_files(path: Path | str | None = None, languages: Iterable[str] = ()) -> list[Path]:
    """The corpus files at ``path`` (a file or a folder of ``*.tsv``), optionally of some languages."""
    path = Path(path) if path else DEFAULT_CORPUS
    if path.is_dir():
        files = sorted((p for p in path.iterdir() if p.name.endswith(SUFFIX)), key=language_of)
    elif path.is_file():
        files = [path]
    else:
        raise CorpusError(_("%(path)s: no such file or folder") % {"path": path})
    wanted = {language.lower() for language in languages}
    if wanted:
        files = [p for p in files if language_of(p).lower() in wanted]
    if not files:
        raise CorpusError(_("%(path)s: no corpus file (*.tsv)") % {"path": path})
    return files


def parse(text: str, language: str, name: str = "corpus") -> list[Entry]:
    entries = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{name}:{number}"
        columns = [column.strip() for column in line.split("\t")]
        if len(columns) == COLUMNS - 1:
            columns.append("")
        if len(columns) != COLUMNS:
            raise CorpusError(
                _("%(where)s: %(expected)d tab-separated columns expected, found %(found)d")
                % {"where": where, "expected": COLUMNS, "found": len(columns)}
            )
        label, category, phrase, sentence, note = columns
        if label not in LABELS:
            raise CorpusError(
                _("%(where)s: the label must be “bad” or “good”, not “%(label)s”")
                % {"where": where, "label": label}
            )
        if not sentence:
            raise CorpusError(_("%(where)s: the sentence is empty") % {"where": where})
        phrase = "" if phrase == "-" else phrase
        if label == BAD and not phrase:
            raise CorpusError(_("%(where)s: a bad sentence needs the expected phrase") % {"where": where})
        if label == BAD and phrase not in sentence:
            raise CorpusError(
                _("%(where)s: the expected phrase “%(phrase)s” is not in the sentence")
                % {"where": where, "phrase": phrase}
            )
        entries.append(
            Entry(
                label=label,
                category=category,
                phrase=phrase if label == BAD else "",
                sentence=sentence,
                note="" if note == "-" else note,
                language=language,
                source=where,
            )
        )
    return entries


def load(path: Path) -> list[Entry]:
    return parse(path.read_text(encoding="utf-8"), language_of(path), path.name)


# Evaluating -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    entry: Entry
    findings: tuple[Finding, ...]

    @property
    def catching(self) -> tuple[Finding, ...]:
        """Findings that cover the expected phrase (bad sentences)."""
        spans = self.entry.phrase_spans()
        return tuple(f for f in self.findings if any(overlaps((f.start, f.end), span) for span in spans))

    @property
    def caught(self) -> bool:
        return self.entry.label == BAD and bool(self.catching)

    @property
    def missed(self) -> bool:
        return self.entry.label == BAD and not self.catching

    @property
    def false_positive(self) -> bool:
        return self.entry.label == GOOD and bool(self.findings)


@dataclass
class Tally:
    """Counts for one rule, category or corpus: caught/bad gives recall, caught/(caught+fp) precision."""

    bad: int = 0
    caught: int = 0
    good: int = 0
    false_positives: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.bad if self.bad else None

    @property
    def precision(self) -> float | None:
        flagged = self.caught + self.false_positives
        return self.caught / flagged if flagged else None


@dataclass
class Evaluation:
    results: list[Result]
    rule_names: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> Tally:
        return _tally(self.results)

    def by_language(self) -> dict[str, Tally]:
        return _grouped(self.results, lambda r: [r.entry.language])

    def by_category(self) -> dict[str, Tally]:
        return _grouped(self.results, lambda r: [f"{r.entry.language}/{r.entry.category}"])

    def by_rule(self) -> dict[str, Tally]:
        """Per rule: ``caught`` = bad sentences it catches, ``false_positives`` = good ones it flags;
        ``bad`` is every bad sentence of the languages the rule fired in, so recall is its share."""
        bad_per_language = {language: tally.bad for language, tally in self.by_language().items()}
        tallies: dict[str, Tally] = {}
        for result in self.results:
            if result.entry.label == BAD:
                codes = {f.rule_code for f in result.catching}
            else:
                codes = {f.rule_code for f in result.findings}
            for code in codes:
                tally = tallies.setdefault(code, Tally())
                if result.entry.label == BAD:
                    tally.caught += 1
                else:
                    tally.false_positives += 1
        languages_of_rule: dict[str, set[str]] = {}
        for result in self.results:
            for finding in result.findings:
                languages_of_rule.setdefault(finding.rule_code, set()).add(result.entry.language)
        for code, tally in tallies.items():
            tally.bad = sum(bad_per_language.get(lang, 0) for lang in languages_of_rule.get(code, ()))
        return dict(sorted(tallies.items()))

    @property
    def misses(self) -> list[Result]:
        return [r for r in self.results if r.missed]

    @property
    def false_positives(self) -> list[Result]:
        return [r for r in self.results if r.false_positive]

    def failures(self, min_recall: float, max_false_positives: int) -> list[tuple[str, Tally]]:
        """The corpora (languages) below the recall or above the false-positive limit."""
        failing = []
        for language, tally in self.by_language().items():
            recall = tally.recall
            if (recall is not None and recall < min_recall) or tally.false_positives > max_false_positives:
                failing.append((language, tally))
        return failing


def _tally(results: Iterable[Result]) -> Tally:
    tally = Tally()
    for result in results:
        if result.entry.label == BAD:
            tally.bad += 1
            tally.caught += result.caught
        else:
            tally.good += 1
            tally.false_positives += result.false_positive
    return tally


def _grouped(results: Iterable[Result], keys) -> dict[str, Tally]:
    groups: dict[str, list[Result]] = {}
    for result in results:
        for key in keys(result):
            groups.setdefault(key, []).append(result)
    return {key: _tally(group) for key, group in sorted(groups.items())}


def check_entry(ruleset: RuleSet, entry: Entry, *, field_name: str = "body", page_type: str = "") -> Result:
    unit = TextUnit(field=field_name, language=entry.language, text=entry.sentence)
    findings = ruleset.check([unit], Context(page_type=page_type), language_of_context=entry.language)
    return Result(entry=entry, findings=tuple(f for f in findings if f.field == field_name))


def evaluate(
    entries: Sequence[Entry], ruleset: RuleSet, *, field_name: str = "body", page_type: str = ""
) -> Evaluation:
    results = [check_entry(ruleset, e, field_name=field_name, page_type=page_type) for e in entries]
    return Evaluation(results=results, rule_names={rule.code: rule.name for rule in ruleset.rules})


def configured_ruleset() -> RuleSet:
    """The county's enabled rules, as the editor's check uses them."""
    from ..models import Rule

    return RuleSet(Rule.objects.filter(enabled=True), current_lexicon())
