"""Protecting what a provider must not change, and putting it back afterwards.

- Wagtail's internal link and embed tags (``<a linktype="page" id="12">``) are replaced by a
  bare numbered tag before sending, so no provider can drop or rewrite their attributes.
- The county's terms, when the provider cannot apply a glossary itself, are replaced by
  numbered placeholders and restored as the term's translation (or the German term itself).
"""

import re

from .providers.base import Rejected

TAG = re.compile(r"<(a|embed)\b[^>]*?(/?)>", re.IGNORECASE)
PROTECTED_TAG = re.compile(r"<(a|embed) data-kn=\"(\d+)\"\s*(/?)>", re.IGNORECASE)
PLACEHOLDER = "[[{}]]"
PLACEHOLDER_RE = re.compile(r"\[\[\s*(\d+)\s*\]\]")


def protect_tags(html):
    """(html with numbered bare tags, the original tags)."""
    tags = []

    def replace(match):
        tags.append(match.group(0))
        return f'<{match.group(1)} data-kn="{len(tags) - 1}"{match.group(2)}>'

    return TAG.sub(replace, html), tags


def restore_tags(html, tags):
    found = set()

    def replace(match):
        index = int(match.group(2))
        if index >= len(tags):
            raise Rejected("The translation changed the links of the text")
        found.add(index)
        return tags[index]

    result = PROTECTED_TAG.sub(replace, html)
    if len(found) != len(tags):
        raise Rejected("The translation lost links of the text")
    return result


def term_pattern(terms):
    """One pattern for all terms, longest first, whole words only; None without terms."""
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(term) for term in ordered) + r")(?!\w)")


def protect_terms(text, pattern):
    """(text with placeholders, the German terms replaced)."""
    found: list[str] = []
    if pattern is None:
        return text, found

    def replace(match):
        found.append(match.group(0))
        return PLACEHOLDER.format(len(found) - 1)

    return pattern.sub(replace, text), found


def restore_terms(text, found, translations):
    """Placeholders → the term in the target language (``translations``: German → target)."""

    def replace(match):
        index = int(match.group(1))
        if index >= len(found):
            return match.group(0)
        return translations.get(found[index]) or found[index]

    return PLACEHOLDER_RE.sub(replace, text)
