"""The county's word lists as fast lookups: person nouns and official names.

Person nouns decide whether an adjective rule applies (“illegale Einwanderer” is about people,
“illegale Müllentsorgung” is not). A word is a person noun when its last part (the head of a
compound: “Bootsflüchtlinge” → “Flüchtling”) is a listed noun in any inflected or female form,
or when it ends in a listed person suffix (“*ling”) and is no listed exception (“!Frühling”).
Official names mark stretches of text in which no rule finds anything.
"""

from collections.abc import Iterable

from . import matching

# Endings of German nouns (case, number) and the female forms built on them.
NOUN_ENDINGS = ("", "e", "en", "er", "ern", "es", "n", "s", "ns", "nen", "in", "innen", "r")
# A compound's first part has at least this many letters (“Ex-Mann” is split at the hyphen).
MIN_PREFIX = 3
# A suffix pattern needs a stem of at least this many letters (“*ist” finds “Polizist”, not “Frist”).
MIN_SUFFIX_STEM = 3


def _forms(entry: str) -> set[str]:
    """Base, female and inflected forms of a listed person noun (lower case)."""
    forms: set[str] = set()
    for variant in entry.split("/"):
        word = variant.strip().lower()
        if len(word) < 2:
            continue
        forms.update(word + ending for ending in NOUN_ENDINGS)
        if word.endswith("erer"):  # Einwanderer → Einwanderin
            forms.update((word[:-2] + "in", word[:-2] + "innen"))
        elif word.endswith("e"):  # Kollege → Kollegin
            forms.update((word[:-1] + "in", word[:-1] + "innen"))
    return forms


def _stems(word: str) -> list[str]:
    return [word[: len(word) - len(e)] if e else word for e in NOUN_ENDINGS if word.endswith(e)]


class PersonNouns:
    def __init__(self, entries: Iterable[str]) -> None:
        self.forms: set[str] = set()
        self.suffixes: list[str] = []
        self.exceptions: set[str] = set()
        for entry in entries:
            entry = entry.strip()
            if entry.startswith("#"):
                continue  # a comment line
            if entry.startswith("!"):
                self.exceptions.update(_forms(entry[1:]))
            elif entry.startswith("*"):
                suffix = entry[1:].strip().lower()
                if len(suffix) >= 2:
                    self.suffixes.append(suffix)
            elif entry:
                self.forms.update(_forms(entry))
        self.lengths = sorted({len(form) for form in self.forms})
        self._memo: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        key = word.lower()
        known = self._memo.get(key)
        if known is None:
            known = self._lookup(key)
            if len(self._memo) < 50_000:
                self._memo[key] = known
        return known

    def _lookup(self, word: str) -> bool:
        head = word.rsplit("-", 1)[-1]
        if not head:
            return False
        for length in self.lengths:
            if length > len(head):
                break
            tail = head[-length:]
            prefix = len(head) - length
            if (
                (prefix == 0 or prefix >= MIN_PREFIX)
                and tail in self.forms
                and tail not in self.exceptions
                and not self._excepted(head)
            ):
                return True
        if self._excepted(head):
            return False
        for stem in _stems(head):
            for suffix in self.suffixes:
                if stem.endswith(suffix) and len(stem) >= len(suffix) + MIN_SUFFIX_STEM:
                    return True
        return False

    def _excepted(self, word: str) -> bool:
        """Listed exceptions, also as the head of a compound when they are long enough."""
        if word in self.exceptions:
            return True
        return any(word.endswith(exception) for exception in self.exceptions if len(exception) >= 5)


class OfficialNames:
    """Spans of official names in a text, each widened to whole words (“Ausländerbehörden”)."""

    def __init__(self, entries: Iterable[str]) -> None:
        names = [
            entry.strip().rstrip("…").rstrip(".").strip() for entry in entries if not entry.startswith("#")
        ]
        self.expression = matching.trie_regex(name for name in names if len(name) >= 3)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self.expression is None or not text:
            return []
        found = []
        for match in self.expression.finditer(text):
            # Widened to the whole word to the left (“Kreisausländerbehörde”) and by an inflection
            # ending to the right (“Ausländerbehörden”, “Flüchtlingsrats”), not into a compound.
            start, end = match.span()
            left, right = matching.word_around(text, start, end)
            if text[end:right].lower() in matching.ENDINGS:
                end = right
            found.append((left, end))
        return found
