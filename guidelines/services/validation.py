"""Validation of a rule before it is saved: every problem as a message tied to its field."""

from typing import TYPE_CHECKING

import regex
from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from ..models import Rule

# A group that contains a quantifier and is quantified itself: (a+)+, (\w*)*, (x+){2,}: the
# classic shape of catastrophic backtracking. Refused at save; the time budget stays as a guard.
NESTED_QUANTIFIER = regex.compile(r"\((?:[^()\\]|\\.)*(?:[+*]|\{\d*,\d*\})\)(?:[+*]|\{\d*,\})")
NEEDS_TERMS = {"term", "phrase", "link_text", "alt_text", "required_content"}
NEEDS_THRESHOLD = {"readability", "sentence_length", "freshness"}
MAX_PATTERN_LENGTH = 2000


def validate_rule(rule: "Rule") -> dict[str, str]:
    """A dict field -> message; empty when the rule can be saved."""
    errors: dict[str, str] = {}
    kind = rule.kind
    if kind in NEEDS_TERMS and not rule.term_list:
        errors["terms"] = _("This kind of rule needs at least one term (one per line).")
    if kind == "term":
        short = [term for term in rule.term_list if len(term.strip()) < 2]
        if short:
            errors["terms"] = _("A term must have at least two characters: “%(term)s”.") % {"term": short[0]}
    if kind == "phrase":
        message = phrase_problem(rule.term_list)
        if message:
            errors["terms"] = message
    if kind == "pattern":
        message = pattern_problem(rule.pattern)
        if message:
            errors["pattern"] = message
    if kind == "readability" and not rule.metric:
        errors["metric"] = _("Choose a readability measure.")
    if kind in NEEDS_THRESHOLD and (
        rule.threshold is None or (kind != "readability" and rule.threshold <= 0)
    ):
        errors["threshold"] = _("This kind of rule needs a threshold (a positive number).")
    known_languages = {code for code, _name in settings.LANGUAGES}
    unknown = [code for code in rule.language_list if code not in known_languages]
    if unknown:
        errors["languages"] = _("Unknown language code “%(code)s”. Known: %(known)s.") % {
            "code": unknown[0],
            "known": ", ".join(sorted(known_languages)),
        }
    for label in rule.page_type_list:
        try:
            apps.get_model(label)
        except (LookupError, ValueError):
            errors["page_types"] = _(
                "Unknown content type “%(label)s” (write app.model, e.g. offers.offerpage)."
            ) % {"label": label}
            break
    if not errors:
        errors.update(example_problems(rule))
    return errors


def phrase_problem(lines: list[str]) -> str | None:
    """A message naming the first phrase line that cannot be read, else None."""
    from .phrases import PhraseSyntaxError, parse

    for line in lines:
        try:
            parse(line)
        except PhraseSyntaxError as error:
            return _(
                "The phrase “%(line)s” cannot be read at “%(part)s”: write words separated by spaces, "
                "alternatives with “/”, an optional word in [brackets] (not first), “*” at the start or "
                "end of a word, “{Person}” or “=Noun”."
            ) % {"line": line, "part": error}
    return None


def pattern_problem(pattern: str) -> str | None:
    """A message when the regular expression cannot be used, else None."""
    if not (pattern or "").strip():
        return _("A pattern rule needs a regular expression.")
    if len(pattern) > MAX_PATTERN_LENGTH:
        return _("The regular expression is too long (at most %(count)d characters).") % {
            "count": MAX_PATTERN_LENGTH
        }
    try:
        compiled = regex.compile(pattern, regex.V1)
    except regex.error as error:
        return _("The regular expression is invalid: %(error)s.") % {"error": error}
    if NESTED_QUANTIFIER.search(pattern):
        return _(
            "The regular expression repeats a repeated group, e.g. “(a+)+”: it could take very long. "
            "Write it without the nested repetition."
        )
    try:
        if compiled.search("", timeout=0.05) is not None:
            return _("The regular expression matches empty text; it would find something everywhere.")
    except TimeoutError:
        return _("The regular expression takes too long.")
    return None


def example_problems(rule: "Rule") -> dict[str, str]:
    from .engine import example_failures

    missed, wrongly = example_failures(rule)
    errors = {}
    if missed:
        errors["bad_examples"] = _("The rule does not find its bad example: “%(example)s”.") % {
            "example": missed[0]
        }
    if wrongly:
        errors["good_examples"] = _("The rule finds something in its good example: “%(example)s”.") % {
            "example": wrongly[0]
        }
    return errors
