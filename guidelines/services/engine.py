"""The check: every enabled rule against text units, compiled once per rule set and language.

Term rules of a language share one trie-shaped expression (cost linear in the text length);
phrase rules are looked up from their first word (one pass over the words of a text); pattern
rules run on the ``regex`` engine with a time budget, so no rule can hang a request. Nothing is
found inside an official name of the county's word lists, and the person-noun list decides where
a ``{Person}`` phrase applies.
"""

import datetime
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import regex
from django.db.models import Count, Max

from . import matching, phrases, readability
from .lexicon import OfficialNames, PersonNouns
from .units import ALT, LINK, TEXT, Context, Finding, TextUnit

if TYPE_CHECKING:
    from ..models import Rule

SENTENCE = regex.compile(r"[^.!?;:\n]+(?:[.!?;:]+|$)")
WORD = regex.compile(r"\w+(?:[-’']\w+)*")
FILE_NAME = regex.compile(
    r"^\s*(?:[\w\- ]+\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif)"
    r"|(?:img|dsc|dscn|pxl|dcim|foto|bild|image)[_\- ]?\d+)\s*$",
    regex.IGNORECASE,
)
# Readability needs some text to say anything: shorter fields are not measured.
READABILITY_MIN_WORDS = 20
MAX_MATCH_LENGTH = 500
PLAIN_LANGUAGES = {"de-x-ls"}
# Kinds whose findings an official name suppresses and that may be explained in brackets.
WORDING_KINDS = {"term", "phrase", "pattern"}
# An explanation right after a word: in brackets, “…, also …”, “…; das ist …”, “… bedeutet …”,
# “… ist ein Papier, mit dem …”, or a clause about it after a semicolon (“…; sie bestätigt …”).
EXPLANATION_FOLLOWS = regex.compile(
    r"\s*\(|[^.!?\n]{0,30}?(?:[,;:–—-]\s*|\s)(?:also|das\s+heißt|d\.\s?h\.|das\s+ist|das\s+sind|gemeint\s+ist"
    r"|bedeutet|bedeuten|heißt)\b"
    r"|\s+(?:ist|sind)\s+(?:ein|eine|das|die|der)\s+\w+(?:\s+\w+)?,\s+(?:mit\s+|in\s+|für\s+)?(?:dem|der|das|die|den|denen)\b"
    r"|[^.!?\n;]{0,80};\s*(?:sie|er|es|das|dies|diese[rs]?)\s+\w+"
)
# … or a definition before it: “Wer …, bildet eine Bedarfsgemeinschaft”, “… nennt man Duldung”.
EXPLANATION_PRECEDES = regex.compile(
    r"\b(?:nennt\s+man|heißt|heißen|spricht\s+man\s+von|bildet|bilden|bezeichnet\s+man\s+als|sogenannte[nrms]?)"
    r"\s+(?:\w+\s+){0,2}$"
)


class Lexicon:
    """The county's word lists, compiled: person nouns and official names."""

    def __init__(self, person_nouns: Iterable[str] = (), official_names: Iterable[str] = ()) -> None:
        self.persons = PersonNouns(person_nouns)
        self.official = OfficialNames(official_names)


def compile_pattern(rule: "Rule") -> regex.Pattern[str]:
    flags = regex.UNICODE | regex.V1
    if not rule.case_sensitive:
        flags |= regex.IGNORECASE
    return regex.compile(rule.pattern, flags)


class RuleSet:
    """Enabled rules, with their matchers built lazily per language."""

    def __init__(self, rules: Iterable["Rule"], lexicon: Lexicon | None = None) -> None:
        """``lexicon``: the word lists to check with (:func:`current_lexicon` for the county's)."""
        self.rules = list(rules)
        self.lexicon = lexicon or Lexicon()
        self._per_language: dict[str, _LanguageRules] = {}
        self._lock = threading.Lock()

    def for_language(self, language: str) -> "_LanguageRules":
        compiled = self._per_language.get(language)
        if compiled is None:
            with self._lock:
                compiled = self._per_language.get(language)
                if compiled is None:
                    compiled = _LanguageRules(
                        [r for r in self.rules if r.applies_to(language=language)], self.lexicon
                    )
                    self._per_language[language] = compiled
        return compiled

    def check(
        self, units: Iterable[TextUnit], context: Context | None = None, *, language_of_context: str = "de"
    ) -> list[Finding]:
        context = context or Context()
        findings: list[Finding] = []
        by_language: dict[str, list[TextUnit]] = {}
        for unit in units:
            by_language.setdefault(unit.language, []).append(unit)
        for language, language_units in by_language.items():
            findings.extend(self.for_language(language).check(language_units, context))
        findings.extend(self.for_language(language_of_context).check_context(context, language_of_context))
        return findings


class _LanguageRules:
    def __init__(self, rules: Sequence["Rule"], lexicon: Lexicon) -> None:
        self.official = lexicon.official
        self.terms = matching.TermIndex([r for r in rules if r.kind == "term"])
        self.phrases = phrases.PhraseIndex([r for r in rules if r.kind == "phrase"], lexicon.persons)
        self.patterns = [(r, compile_pattern(r)) for r in rules if r.kind == "pattern"]
        self.sentence_rules = [r for r in rules if r.kind == "sentence_length" and r.threshold]
        self.readability_rules = [
            r for r in rules if r.kind == "readability" and r.metric and r.threshold is not None
        ]
        self.alt_rules = [r for r in rules if r.kind == "alt_text"]
        self.link_rules = [r for r in rules if r.kind == "link_text"]
        self.freshness_rules = [r for r in rules if r.kind == "freshness" and r.threshold]
        self.required_rules = [r for r in rules if r.kind == "required_content"]
        self.needs_quotes = any(r.exempt_quotes for r in rules)

    def check(self, units: Sequence[TextUnit], context: Context) -> list[Finding]:
        findings: list[Finding] = []
        page_type = context.page_type
        for unit in units:
            if unit.role == ALT:
                findings.extend(self._alt(unit, page_type))
                continue
            if unit.role == LINK:
                findings.extend(self._link(unit, page_type))
                continue
            findings.extend(self._text(unit, page_type))
        findings.extend(self._readability(units, page_type))
        return findings

    def _text(self, unit: TextUnit, page_type: str) -> list[Finding]:
        text = unit.text
        if not text:
            return []
        quotes = matching.quote_spans(text) if self.needs_quotes else []
        names = self.official.spans(text)
        found: list[Finding] = []
        wording: list[tuple[Rule, int, int, str]] = []

        def add(rule: "Rule", start: int, end: int, matched: str) -> None:
            if not rule.applies_to(page_type=page_type, field=unit.field):
                return
            if rule.exempt_quotes and quotes and matching.inside(quotes, start, end):
                return
            if names and rule.kind in WORDING_KINDS and matching.inside(names, start, end):
                return
            found.append(make_finding(rule, unit, start, end, matched))

        for rule, start, end, word in self.terms.matches(text, names):
            wording.append((rule, start, end, word))
        for rule, start, end in self.phrases.matches(text):
            wording.append((rule, start, end, text[start:end]))
        for rule, compiled in self.patterns:
            if not rule.applies_to(page_type=page_type, field=unit.field):
                continue
            for start, end, matched in matching.pattern_matches(rule, compiled, text):
                wording.append((rule, start, end, matched))
        wording = _outermost(wording)
        # Leichte Sprache explains a word in a sentence of its own, never in brackets (Netzwerk
        # Leichte Sprache): there the rules' own patterns decide.
        explained = {} if unit.language in PLAIN_LANGUAGES else _explained(text, wording)
        for rule, start, end, matched in wording:
            if rule.allow_if_explained and _is_explained(matched, explained.get(rule.pk or id(rule), ())):
                continue
            add(rule, start, end, matched)
        if self.sentence_rules and unit.role == TEXT:
            for sentence in SENTENCE.finditer(text):
                words = len(WORD.findall(sentence.group()))
                for rule in self.sentence_rules:
                    if words > cast(float, rule.threshold):  # rules without one are left out
                        start = sentence.start() + (len(sentence.group()) - len(sentence.group().lstrip()))
                        add(rule, start, sentence.end(), text[start : sentence.end()])
        return found

    def _readability(self, units: Sequence[TextUnit], page_type: str) -> list[Finding]:
        findings: list[Finding] = []
        if not self.readability_rules:
            return findings
        fields: dict[str, list[TextUnit]] = {}
        for unit in units:
            if unit.role == TEXT and unit.text:
                fields.setdefault(unit.field, []).append(unit)
        for field, field_units in fields.items():
            text = "\n".join(u.text for u in field_units)
            if len(WORD.findall(text)) < READABILITY_MIN_WORDS:
                continue
            for rule in self.readability_rules:
                if not rule.applies_to(page_type=page_type, field=field):
                    continue
                value = readability.score(text, field_units[0].language, rule.metric)
                if value is not None and readability.too_hard(
                    value, rule.metric, cast(float, rule.threshold)
                ):
                    unit = TextUnit(field=field, language=field_units[0].language, text=text)
                    findings.append(
                        make_finding(rule, unit, 0, 0, f"{rule.get_metric_display()}: {value:.1f}")
                    )
        return findings

    def _alt(self, unit: TextUnit, page_type: str) -> list[Finding]:
        findings: list[Finding] = []
        text = unit.text.strip()
        simplified = regex.sub(r"[\W_]+", " ", text).strip().lower()
        for rule in self.alt_rules:
            if not rule.applies_to(page_type=page_type, field=unit.field):
                continue
            banned = {regex.sub(r"[\W_]+", " ", term).strip().lower() for term in rule.term_list}
            if not text or FILE_NAME.match(text) or simplified in banned:
                findings.append(make_finding(rule, unit, 0, len(unit.text), unit.text))
        return findings

    def _link(self, unit: TextUnit, page_type: str) -> list[Finding]:
        findings: list[Finding] = []
        simplified = regex.sub(r"[\W_]+", " ", unit.text).strip().lower()
        for rule in self.link_rules:
            if not rule.applies_to(page_type=page_type, field=unit.field):
                continue
            banned = {regex.sub(r"[\W_]+", " ", term).strip().lower() for term in rule.term_list}
            if simplified in banned:
                findings.append(make_finding(rule, unit, 0, len(unit.text), unit.text))
        return findings

    def check_context(self, context: Context, language: str) -> list[Finding]:
        findings: list[Finding] = []
        page_type = context.page_type
        today = datetime.date.today()
        for rule in self.freshness_rules:
            if context.last_reviewed is None or not rule.applies_to(page_type=page_type):
                continue
            reviewed = context.last_reviewed
            months = (
                (today.year - reviewed.year) * 12 + today.month - reviewed.month - (today.day < reviewed.day)
            )
            if months >= cast(float, rule.threshold):  # rules without one are left out
                unit = TextUnit(field="last_reviewed", language=language, text=reviewed.isoformat())
                findings.append(make_finding(rule, unit, 0, 0, reviewed.isoformat()))
        for rule in self.required_rules:
            if not rule.applies_to(page_type=page_type):
                continue
            for line in rule.term_list:
                alternatives = [name.strip() for name in line.split("|") if name.strip()]
                known = [name for name in alternatives if name in context.values]
                if known and not any(_present(context.values[name]) for name in known):
                    unit = TextUnit(field=known[0], language=language, text="")
                    findings.append(make_finding(rule, unit, 0, 0, ""))
        return findings


def _outermost(wording: list[tuple["Rule", int, int, str]]) -> list[tuple["Rule", int, int, str]]:
    """Without matches that lie inside a longer match of the same rule (one finding per phrase)."""
    if len(wording) < 2:
        return wording
    spans: dict[int, list[tuple[int, int]]] = {}
    for rule, start, end, _matched in wording:
        spans.setdefault(id(rule), []).append((start, end))
    return [
        item
        for item in wording
        if not any(
            s <= item[1] and item[2] <= e and (s, e) != (item[1], item[2]) for s, e in spans[id(item[0])]
        )
    ]


def _explained(text: str, wording: Sequence[tuple["Rule", int, int, str]]) -> dict[int, set[str]]:
    """Per rule that allows it: the matches explained somewhere in the text (lower case).

    A match is explained when an explanation follows it (“Fiktionsbescheinigung (ein Papier, das
    …)”, “Wohnsitzauflage, also die Pflicht …”), when a definition leads to it (“…, bildet eine
    Bedarfsgemeinschaft”) or when it stands in brackets after the full name (“… Flüchtlinge (BAMF)”).
    """
    explained: dict[int, set[str]] = {}
    for rule, start, end, matched in wording:
        if not rule.allow_if_explained:
            continue
        before, after = text[:start].rstrip(), text[end:].lstrip()
        if (
            EXPLANATION_FOLLOWS.match(text, end)
            or EXPLANATION_PRECEDES.search(text, max(0, start - 80), start)
            or (before.endswith("(") and after.startswith(")"))
        ):
            explained.setdefault(rule.pk or id(rule), set()).add(matched.lower())
    return explained


def _is_explained(matched: str, explained: Iterable[str]) -> bool:
    """Whether the match, in any inflected form (“Aufenthaltstitels”), was explained in the text."""
    lower = matched.lower()
    for word in explained:
        shorter, longer = sorted((word, lower), key=len)
        if longer.startswith(shorter) and len(longer) - len(shorter) <= 3:
            return True
    return False


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | set):
        return any(_present(item) for item in value)
    return bool(value)


def make_finding(rule: "Rule", unit: TextUnit, start: int, end: int, matched: str) -> Finding:
    return Finding(
        rule_id=rule.pk or 0,
        rule_code=rule.code,
        rule_name=rule.name,
        severity=rule.severity,
        message=rule.message,
        reason=rule.reason,
        suggestions=tuple(rule.suggestion_list),
        field=unit.field,
        language=unit.language,
        start=start,
        end=end,
        matched_text=matched[:MAX_MATCH_LENGTH],
        block=unit.block,
    )


# The rule set in use, rebuilt when a rule changes (checked with one cheap query) -----------

_cache: dict[str, Any] = {"key": None, "ruleset": None}
_cache_lock = threading.Lock()


def _stamp() -> tuple[Any, ...]:
    """Changes whenever a rule or a word list is added, changed, switched or deleted."""
    from ..models import Rule, WordList

    rules = Rule.objects.filter(enabled=True).aggregate(count=Count("id"), latest=Max("updated_at"))
    lists = WordList.objects.filter(enabled=True).aggregate(count=Count("id"), latest=Max("updated_at"))
    return (rules["count"], rules["latest"], lists["count"], lists["latest"])


def _load_lexicon() -> Lexicon:
    from ..models import WordList

    persons: list[str] = []
    official: list[str] = []
    for word_list in WordList.objects.filter(enabled=True):
        target = persons if word_list.purpose == WordList.Purpose.PERSON_NOUNS else official
        target.extend(word_list.entry_list)
    return Lexicon(persons, official)


def current_lexicon() -> Lexicon:
    return current_ruleset().lexicon


def current_ruleset() -> RuleSet:
    from ..models import Rule

    key = _stamp()
    ruleset = _cache["ruleset"]
    if ruleset is None or _cache["key"] != key:
        with _cache_lock:
            ruleset = RuleSet(Rule.objects.filter(enabled=True), _load_lexicon())
            _cache.update(key=key, ruleset=ruleset)
    return ruleset


def check_units(units: Iterable[TextUnit], context: Context | None = None) -> list[Finding]:
    return current_ruleset().check(units, context)


def check_text(
    fields_by_name: Mapping[str, str | None], language: str = "de", *, page_type: str = ""
) -> list[Finding]:
    """Check plain texts, e.g. of an MSO submission or an organisation profile.

    ``fields_by_name`` maps a field name to its text; returns a list of :class:`Finding`.
    """
    units = [
        TextUnit(field=name, language=language, text=text or "") for name, text in fields_by_name.items()
    ]
    return check_units(units, Context(page_type=page_type))


# Examples ---------------------------------------------------------------------------------

EXAMPLE_ROLE = {"alt_text": ALT, "link_text": LINK}
CONTEXT_KINDS = {"freshness", "required_content"}


def example_failures(rule: "Rule") -> tuple[list[str], list[str]]:
    """(bad examples not found, good examples found) when the rule runs alone on its examples."""
    if rule.kind in CONTEXT_KINDS:
        return [], []
    ruleset = RuleSet([rule], current_lexicon())
    language = (rule.language_list or ["de"])[0]
    field = (rule.field_list or ["body"])[0]
    page_type = (rule.page_type_list or [""])[0]
    role = EXAMPLE_ROLE.get(rule.kind, TEXT)

    def hits(example: str) -> list[Finding]:
        unit = TextUnit(field=field, language=language, text=example, role=role)
        return ruleset.for_language(language).check([unit], Context(page_type=page_type))

    missed = [example for example in rule.bad_example_list if not hits(example)]
    wrongly = [example for example in rule.good_example_list if hits(example)]
    return missed, wrongly
