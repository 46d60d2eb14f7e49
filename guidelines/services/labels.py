"""What editors read about findings: field labels with the language, severities and counts in words.

The engine speaks in codes ("intro", "de", "warning"); the editor's side panel, the publish gate's
message and the county report show the field's label and the language's name in the editor's
language ("Einleitung (Arabisch)"), severities by name and counts in words ("3 Hinweise,
36 Warnungen").
"""

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy

from portal import languages
from portal.i18n import localized_field

from . import registry
from .units import Finding

# Most serious first: the order of counts in summaries and of findings in a group.
SEVERITY_ORDER = ("error", "warning", "suggestion")

SEVERITY_NAMES = {
    "error": pgettext_lazy("guideline severity", "Error"),
    "warning": pgettext_lazy("guideline severity", "Warning"),
    "suggestion": pgettext_lazy("guideline severity", "Suggestion"),
}

# Quotation marks a text may already carry (German, English, French; not the apostrophe).
QUOTE_MARKS = '„“”‚‘»«"'


def severity_name(severity: str) -> str:
    return str(SEVERITY_NAMES.get(severity, severity))


def severity_count(severity: str, count: int) -> str:
    """ "3 Hinweise", "1 Fehler": a count of one severity in words."""
    if severity == "error":
        text = ngettext("%(count)s error", "%(count)s errors", count)
    elif severity == "warning":
        text = ngettext("%(count)s warning", "%(count)s warnings", count)
    elif severity == "suggestion":
        text = ngettext("%(count)s suggestion", "%(count)s suggestions", count)
    else:
        text = f"{severity}: %(count)s"
    return text % {"count": count}


def join(parts: Iterable[str]) -> str:
    """Parts of a list in the reading order of the language (Arabic and Persian use “،”)."""
    return pgettext("list separator", ", ").join(parts)


def severity_summary(counts: Mapping[str, int]) -> str:
    """ "1 Fehler, 36 Warnungen, 3 Hinweise" for {severity: count}; empty when all are zero."""
    known = [s for s in SEVERITY_ORDER if counts.get(s)]
    other = sorted(s for s in counts if s not in SEVERITY_ORDER and counts[s])
    return join(severity_count(severity, counts[severity]) for severity in known + other)


def findings_summary(findings: Iterable[Finding]) -> str:
    """What the side panel's status says: the counts in words, or that there is nothing to fix."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return severity_summary(counts) or _("No findings.")


def language_name(code: str) -> str:
    row = languages.language(code, fallback=False)
    return str(row.name) if row.name else code


def field_name(model: Any, field: str) -> str:
    """The field's label ("Einleitung" for "intro"); the code name for what the model lacks."""
    if model is not None:
        try:
            return capfirst(str(model._meta.get_field(field).verbose_name))
        except FieldDoesNotExist:
            pass
    return field


def field_label(model: Any, field: str, language: str = "") -> str:
    """ "Einleitung (Arabisch)": the field's label and, for a translated field, the language's name."""
    name = field_name(model, field)
    if not language or (model is not None and _translated(model, field, language) is None):
        return name
    return _("%(field)s (%(language)s)") % {"field": name, "language": language_name(language)}


def quoted(text: str) -> str:
    """The text in the language's quotation marks, unless it carries quotation marks already.

    Rule names such as „Asylant“ come with their own marks: quoting them again gave „„Asylant““.
    """
    if any(mark in text for mark in QUOTE_MARKS):
        return text
    return _("“%(text)s”") % {"text": text}


def _rank(severity: str) -> int:
    return SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else len(SEVERITY_ORDER)


def _translated(model: Any, field: str, language: str) -> str | None:
    """The form field of ``field`` in ``language`` ("intro_ar"), None when it is not translated."""
    name = localized_field(field, language)
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return name


def groups(findings: Iterable[Finding], model: Any) -> list[dict[str, Any]]:
    """Findings grouped by field and language, in the form's order, for the editor's side panel.

    Each group names the form field to focus (``input``: "intro_ar", "body_de") and the text
    direction of its language; each finding its severity's name.
    """
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        by_key.setdefault((finding.field, finding.language), []).append(finding)
    # The model's field order is the form's (title, intro, body, then the type's own fields).
    names = [f.name for f in model._meta.get_fields()] + registry.checked_fields(model)
    order = {name: index for index, name in reversed(list(enumerate(names)))}
    language_order = {code: index for index, code in enumerate(languages.codes())}
    result = []
    for (field, language), items in sorted(
        by_key.items(),
        key=lambda item: (order.get(item[0][0], len(order)), language_order.get(item[0][1], 99)),
    ):
        translated = _translated(model, field, language)
        items.sort(key=lambda f: (_rank(f.severity), f.block, f.start))
        result.append(
            {
                "field": field,
                "language": language,
                "label": field_label(model, field, language),
                "input": translated or field,
                "direction": languages.language(language).direction,
                "findings": [
                    {**finding.as_dict(), "severity_label": severity_name(finding.severity)}
                    for finding in items
                ],
            }
        )
    return result
