"""Fast matching: one trie-shaped regular expression for all terms of a language, quotations.

Terms are compiled into a single alternation shaped like a trie, so the matcher does work
proportional to the length of the text (and the depth of the trie), not to rules × words.
"""

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from ..models import Rule

WORD_CHARS = regex.compile(r"[\w\-]", regex.UNICODE)
# German inflection endings a term may carry when it must not be part of a compound.
ENDINGS = ("", "e", "en", "er", "ern", "es", "em", "n", "s", "ns", "nen", "in", "innen")
QUOTES = regex.compile(r"„[^“”\"\n]*[“”\"]|“[^”\n]*”|\"[^\"\n]*\"|»[^«\n]*«|«[^»\n]*»|‚[^‘’\n]*[‘’]")
# Regular expressions of rules run with this time budget (seconds) per text.
PATTERN_TIMEOUT = 0.05


def _trie(words: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return root


def _trie_pattern(node: dict[str, Any]) -> str:
    end = "" in node
    branches = [regex.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def trie_regex(words: Iterable[str]) -> regex.Pattern[str] | None:
    """One compiled, case-insensitive expression matching any of the words (longest first)."""
    distinct = sorted({word.lower() for word in words if word})
    if not distinct:
        return None
    return regex.compile(_trie_pattern(_trie(distinct)), regex.IGNORECASE | regex.UNICODE | regex.V0)


def word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word (compound) around text[start:end], as (start, end)."""
    left = start
    while left > 0 and WORD_CHARS.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and WORD_CHARS.match(text[right]):
        right += 1
    return left, right


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTES.finditer(text)]


def inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class TermIndex:
    """All term rules of one language: terms → rules, matched with one expression."""

    def __init__(self, rules: Iterable["Rule"]) -> None:
        self.by_term: dict[str, list[tuple[str, Rule]]] = {}
        for rule in rules:
            for term in rule.term_list:
                self.by_term.setdefault(term.lower(), []).append((term, rule))
        self.expression = trie_regex(self.by_term)

    def matches(
        self, text: str, names: list[tuple[int, int]] | None = None
    ) -> Iterator[tuple["Rule", int, int, str]]:
        """Yield (rule, start, end, whole word) for each term found in the text.

        ``names``: spans of official names; a term inside one is no finding, even when the word
        around it is longer (“Flüchtlingsratsmitglied”).
        """
        if self.expression is None or not text:
            return
        for match in self.expression.finditer(text):
            found = match.group()
            key = found.lower()
            entries = self.by_term.get(key)
            if not entries:
                continue
            word_start, word_end = word_around(text, match.start(), match.end())
            word = text[word_start:word_end]
            for term, rule in entries:
                if rule.case_sensitive and found != term and found != term[:1].upper() + term[1:]:
                    continue
                if not rule.in_compounds:
                    multiword = " " in term
                    if word_start != match.start() and not multiword:
                        continue
                    if text[match.end() : word_end].lower() not in ENDINGS:
                        continue
                if covered_by_exception(rule, text, match.start(), match.end()):
                    continue
                if names and inside(names, match.start(), match.end()):
                    continue
                yield rule, word_start, word_end, word


def covered_by_exception(rule: "Rule", text: str, start: int, end: int) -> bool:
    """Whether an exception of the rule (an official name, ...) covers text[start:end]."""
    for exception in rule.exception_list:
        size = len(exception)
        window_start = max(0, start - size)
        window = text[window_start : end + size].lower()
        needle = exception.lower()
        index = window.find(needle)
        while index != -1:
            if window_start + index <= start and window_start + index + size >= end:
                return True
            index = window.find(needle, index + 1)
    return False


def pattern_matches(rule: "Rule", compiled: regex.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, matched text); a pattern that runs out of time yields nothing more."""
    try:
        for match in compiled.finditer(text, timeout=PATTERN_TIMEOUT):
            if match.end() == match.start():
                continue
            matched = match.group()
            if rule.exception_list and covered_by_exception(rule, text, match.start(), match.end()):
                continue
            if rule.allow_if_explained and f"({matched})" in text:
                continue
            yield match.start(), match.end(), matched
    except TimeoutError:
        return
