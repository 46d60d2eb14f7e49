"""Phrase rules: words in order, each in its inflected forms, with a few words allowed between.

One line of a phrase rule is a phrase: ``Welle/Flut [von/an] Geflüchtet*/Flüchtling*``.

- ``a/b`` alternatives; a plain word also matches its inflected and female forms (“Welle”,
  “Wellen”; “Migrant”, “Migrantinnen”), case-insensitively;
- ``Geflücht*`` any word beginning so, ``*flüchtling`` any word ending so (a compound, with its
  endings), ``*flücht*`` any word containing it;
- ``[ihres/seines]`` an optional word;
- ``{Person}`` a person noun of the county's list (see :mod:`.lexicon`), ``{Wort}`` any one word;
- ``=Illegale`` the word used as a noun: written with a capital letter and not directly followed
  by a word with a capital letter (which it would qualify: “Illegale Müllentsorgung”).

Between two words of the phrase up to ``words_between`` words may stand, if they are not written
with a capital letter and link nothing (articles, adjectives, numbers: “Welle von 300 syrischen
Geflüchteten”; never a noun or preposition: “Welle der Hilfsbereitschaft für Geflüchtete” is no
match). A phrase never runs
over the end of a sentence. The span of a match covers the whole phrase.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from .matching import ENDINGS as TERM_ENDINGS

if TYPE_CHECKING:
    from ..models import Rule
    from .lexicon import PersonNouns

# Endings of nouns, adjectives and nominalised adjectives (“Geflüchteter”, “Geflüchtetem”).
ENDINGS = (*TERM_ENDINGS, "r", "m")
TOKEN = regex.compile(r"\w+(?:[-’'‑]\w+)*")
SENTENCE_END = regex.compile(r"[.!?;:\n]")
PERSON = "{person}"
ANY_WORD = "{wort}"
# Words that never stand between two words of a phrase: they change what belongs together
# (“Strom für Asylunterkünfte” is no “Strom von Asylsuchenden”).
LINKING_WORDS = frozenset(
    "für mit auf in im ins nach bei beim zu zum zur gegen und oder aber ohne um über unter vor hinter "  # noqa: SIM905
    "durch wegen als wie dass weil wenn ob sowie sondern denn aus von vom an am seit bis ab trotz "
    "sind ist war waren wird werden wurde wurden hat haben".split()
)


class PhraseSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Alternative:
    kind: str  # word, prefix, suffix, contains, person, any, noun
    text: str  # lower case

    def matches(self, word: str, lower: str, persons: "PersonNouns | None") -> bool:
        kind, text = self.kind, self.text
        if kind == "word":
            return lower.startswith(text) and lower[len(text) :] in ENDINGS
        if kind == "prefix":
            return lower.startswith(text)
        if kind == "suffix":
            return any(lower.endswith(text + ending) for ending in ENDINGS)
        if kind == "contains":
            return text in lower
        if kind == "any":
            return True
        if kind == "person":
            return persons is not None and word[:1].isupper() and word in persons
        # noun: capitalised; the caller checks the next word
        return word[:1].isupper() and lower.startswith(text) and lower[len(text) :] in ENDINGS


@dataclass(frozen=True)
class Element:
    alternatives: tuple[Alternative, ...]
    optional: bool = False

    @cached_property
    def spelled(self) -> regex.Pattern[str] | None:
        """One expression for the alternatives written out (word, prefix, suffix, contains).

        Matched against a whole word in lower case: a single call instead of a loop over the
        alternatives and their endings.
        """
        endings = (
            "(?:" + "|".join(regex.escape(e) for e in sorted(ENDINGS, key=len, reverse=True) if e) + ")?"
        )
        parts = []
        for alt in self.alternatives:
            text = regex.escape(alt.text)
            if alt.kind == "word":
                parts.append(text + endings)
            elif alt.kind == "prefix":
                parts.append(text + r"\w*")
            elif alt.kind == "suffix":
                parts.append(r"[\w\-]*" + text + endings)
            elif alt.kind == "contains":
                parts.append(r"[\w\-]*" + text + r"[\w\-]*")
        if not parts:
            return None
        return regex.compile("(?:" + "|".join(parts) + ")", regex.UNICODE)

    @cached_property
    def special(self) -> tuple[Alternative, ...]:
        return tuple(alt for alt in self.alternatives if alt.kind in ("person", "any", "noun"))


def parse_alternative(text: str) -> Alternative:
    text = text.strip()
    if text.lower() == PERSON:
        return Alternative("person", "")
    if text.lower() == ANY_WORD:
        return Alternative("any", "")
    if text.startswith("="):
        word = text[1:].lower()
        if len(word) < 2 or "*" in word:
            raise PhraseSyntaxError(text)
        return Alternative("noun", word)
    core = text.strip("*").lower()
    if len(core) < 2 or "*" in core or not regex.fullmatch(r"[\w\-’'.]+", core):
        raise PhraseSyntaxError(text)
    if text.startswith("*") and text.endswith("*"):
        return Alternative("contains", core)
    if text.startswith("*"):
        return Alternative("suffix", core)
    if text.endswith("*"):
        return Alternative("prefix", core)
    return Alternative("word", core)


def parse(line: str) -> tuple[Element, ...]:
    """The elements of one phrase line; :class:`PhraseSyntaxError` names the faulty part."""
    elements = []
    for token in line.split():
        optional = token.startswith("[") and token.endswith("]")
        body = token[1:-1] if optional else token
        if not body or "[" in body or "]" in body:
            raise PhraseSyntaxError(token)
        alternatives = tuple(parse_alternative(part) for part in body.split("/"))
        elements.append(Element(alternatives, optional))
    if not elements:
        raise PhraseSyntaxError(line)
    if elements[0].optional:
        raise PhraseSyntaxError(line.split()[0])
    return tuple(elements)


@dataclass(frozen=True)
class Phrase:
    rule: "Rule"
    elements: tuple[Element, ...]
    words_between: int


class Tokens:
    """The words of a text with positions, lower-case forms and sentence numbers (computed once)."""

    def __init__(self, text: str) -> None:
        self.words: list[str] = []
        self.lower: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.sentence: list[int] = []
        ends = [m.start() for m in SENTENCE_END.finditer(text)]
        sentence = 0
        for match in TOKEN.finditer(text):
            start = match.start()
            while sentence < len(ends) and ends[sentence] < start:
                sentence += 1
            word = match.group()
            self.words.append(word)
            self.starts.append(start)
            self.ends.append(match.end())
            self.sentence.append(sentence)
        self.lower = [word.lower() for word in self.words]

    def __len__(self) -> int:
        return len(self.words)

    def capitalised(self, index: int) -> bool:
        return self.words[index][:1].isupper()


class PhraseIndex:
    """All phrase lines of a language's rules, found from their first word."""

    def __init__(self, rules: Iterable["Rule"], persons: "PersonNouns | None") -> None:
        self.persons = persons
        self.phrases: list[Phrase] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_prefix: dict[int, dict[str, list[int]]] = {}
        self.scanned: list[int] = []  # phrases whose first word needs a test on every word
        for rule in rules:
            for line in rule.term_list:
                try:
                    elements = parse(line)
                except PhraseSyntaxError:
                    continue  # refused at save; a row written around validation is skipped
                number = len(self.phrases)
                self.phrases.append(Phrase(rule, elements, rule.words_between or 0))
                self._index(number, elements[0])

    def _index(self, number: int, first: Element) -> None:
        if any(alt.kind in ("suffix", "contains", "person", "any") for alt in first.alternatives):
            self.scanned.append(number)
            return
        for alt in first.alternatives:
            if alt.kind == "prefix":
                self.by_prefix.setdefault(len(alt.text), {}).setdefault(alt.text, []).append(number)
            else:
                for ending in ENDINGS:  # every inflected form, looked up with one dictionary access
                    numbers = self.by_word.setdefault(alt.text + ending, [])
                    if number not in numbers:
                        numbers.append(number)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def _candidates(self, word: str, lower: str, memo: dict[str, list[int]]) -> list[int]:
        found = memo.get(word)
        if found is not None:
            return found
        found = [n for n in self.scanned if self._first_matches(self.phrases[n].elements[0], word, lower)]
        numbers = self.by_word.get(lower)
        if numbers:
            found.extend(numbers)
        for length, prefixes in self.by_prefix.items():
            numbers = prefixes.get(lower[:length])
            if numbers:
                found.extend(numbers)
        found = sorted(set(found)) if len(found) > 1 else found
        memo[word] = found
        return found

    def _first_matches(self, element: Element, word: str, lower: str) -> bool:
        """Whether a word can start the phrase (a noun's following word is checked later)."""
        spelled = element.spelled
        if spelled is not None and spelled.fullmatch(lower):
            return True
        return any(alt.kind == "noun" or alt.matches(word, lower, self.persons) for alt in element.special)

    def matches(self, text: str) -> Iterator[tuple["Rule", int, int]]:
        """Yield (rule, start, end) for every phrase found; the span covers the whole phrase."""
        if not self.phrases or not text:
            return
        tokens = Tokens(text)
        memo: dict[str, list[int]] = {}
        for index in range(len(tokens)):
            for number in self._candidates(tokens.words[index], tokens.lower[index], memo):
                phrase = self.phrases[number]
                last = self._match(phrase, tokens, 0, index, index, first=True)
                if last is not None:
                    yield phrase.rule, tokens.starts[index], tokens.ends[last]

    def _element_matches(self, element: Element, tokens: Tokens, index: int) -> bool:
        word, lower = tokens.words[index], tokens.lower[index]
        spelled = element.spelled
        if spelled is not None and spelled.fullmatch(lower):
            return True
        for alt in element.special:
            if alt.matches(word, lower, self.persons):
                if alt.kind == "noun":
                    following = index + 1
                    if (
                        following < len(tokens)
                        and tokens.sentence[following] == tokens.sentence[index]
                        and tokens.capitalised(following)
                    ):
                        continue
                return True
        return False

    def _match(
        self, phrase: Phrase, tokens: Tokens, element: int, index: int, last: int, *, first: bool = False
    ) -> int | None:
        """The index of the phrase's last word, matching elements[element:] from word ``index``."""
        if element == len(phrase.elements):
            return last
        current = phrase.elements[element]
        sentence = tokens.sentence[last]
        gap = 0 if first else phrase.words_between
        for position in range(index, min(index + gap + 1, len(tokens))):
            if tokens.sentence[position] != sentence:
                break
            if position > index and (
                tokens.capitalised(position - 1) or tokens.lower[position - 1] in LINKING_WORDS
            ):
                break  # only articles, adjectives and the like stand between, never nouns
            if self._element_matches(current, tokens, position):
                end = self._match(phrase, tokens, element + 1, position + 1, position)
                if end is not None:
                    return end
        if current.optional:
            return self._match(phrase, tokens, element + 1, index, last)
        return None
