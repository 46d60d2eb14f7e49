"""The check: every enabled rule against text units, compiled once per rule set and language.

Term rules of a language share one trie-shaped expression (cost linear in the text length);
pattern rules run on the ``regex`` engine with a time budget, so no rule can hang a request.
"""

import datetime
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import regex
from django.db.models import Count, Max

from . import matching, readability
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


def compile_pattern(rule: "Rule") -> regex.Pattern[str]:
    flags = regex.UNICODE | regex.V1
    if not rule.case_sensitive:
        flags |= regex.IGNORECASE
    return regex.compile(rule.pattern, flags)


class RuleSet:
    """Enabled rules, with their matchers built lazily per language."""

    def __init__(self, rules: Iterable["Rule"]) -> None:
        self.rules = list(rules)
        self._per_language: dict[str, _LanguageRules] = {}
        self._lock = threading.Lock()

    def for_language(self, language: str) -> "_LanguageRules":
        compiled = self._per_language.get(language)
        if compiled is None:
            with self._lock:
                compiled = self._per_language.get(language)
                if compiled is None:
                    compiled = _LanguageRules([r for r in self.rules if r.applies_to(language=language)])
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
    def __init__(self, rules: Sequence["Rule"]) -> None:
        self.terms = matching.TermIndex([r for r in rules if r.kind == "term"])
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
        found: list[Finding] = []

        def add(rule: "Rule", start: int, end: int, matched: str) -> None:
            if not rule.applies_to(page_type=page_type, field=unit.field):
                return
            if rule.exempt_quotes and quotes and matching.inside(quotes, start, end):
                return
            found.append(make_finding(rule, unit, start, end, matched))

        for rule, start, end, word in self.terms.matches(text):
            add(rule, start, end, word)
        for rule, compiled in self.patterns:
            if not rule.applies_to(page_type=page_type, field=unit.field):
                continue
            for start, end, matched in matching.pattern_matches(rule, compiled, text):
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


def current_ruleset() -> RuleSet:
    from ..models import Rule

    enabled = Rule.objects.filter(enabled=True)
    stamp = enabled.aggregate(count=Count("id"), latest=Max("updated_at"))
    key = (stamp["count"], stamp["latest"])
    ruleset = _cache["ruleset"]
    if ruleset is None or _cache["key"] != key:
        with _cache_lock:
            ruleset = RuleSet(enabled)
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
    ruleset = RuleSet([rule])
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
