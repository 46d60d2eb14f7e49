"""What every search backend receives and returns."""

import datetime
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape

from ..text import GERMAN, normalise, query_words, stem, stem_variants

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
START, STOP = "\x02", "\x03"  # match markers of the engines' highlighters (ts_headline, ES)


@dataclass
class SearchRequest:
    query: str
    language: str
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet name -> [values]
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    page: int = 1
    page_size: int = PAGE_SIZE
    index_version: str | None = None  # read once per request (see token())

    def token(self) -> str:
        """The index version this request answers from: one query per request, not per use."""
        if self.index_version is None:
            from ..indexing import version

            self.index_version = version()
        return self.index_version

    @property
    def words(self) -> list[str]:
        return query_words(self.query[:MAX_QUERY_LENGTH])


@dataclass
class Hit:
    object_type: str
    title: str
    snippet: str  # safe HTML: escaped text with <mark> around matches
    url: str
    town: str
    date: datetime.date | None
    text_language: str
    fallback: bool
    title_language: str = ""  # "" = text_language
    body_language: str = ""  # the snippet's language; "" = text_language


# What a Hit takes from an index document, apart from the snippet.
HIT_FIELDS = tuple(name for name in Hit.__dataclass_fields__ if name != "snippet")


def snippet_html(marked: str | None, body: str, stems: Collection[str]) -> str:
    """The escaped snippet with <mark>: the engine's fragment (START/STOP around its matches)
    when there is one, otherwise our own highlight of ``body``."""
    if marked:
        snippet = escape(marked).replace(START, "<mark>").replace(STOP, "</mark>")
    else:
        snippet = highlight(body, stems)
    return snippet.replace(START, "").replace(STOP, "")


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[tuple[str, str, int]]]  # name -> [(value, label, count)]
    date_counts: dict[str, Any] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> corrected word
    backend: str = "db"


def spans(words: Sequence[str], language: str, synonyms: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """The query's words in order, the words of a multi-word synonym term kept together
    (longest first): "курс німецької мови" is one span when it is a term of the vocabulary."""
    from ..synonyms import term_keys

    longest = max((key.count(" ") + 1 for key in synonyms), default=1)
    result: list[list[str]] = []
    position = 0
    while position < len(words):
        size = min(longest, len(words) - position)
        while size > 1 and not term_keys(list(words[position : position + size]), language) & synonyms.keys():
            size -= 1
        result.append(list(words[position : position + size]))
        position += size
    return result


def query_groups(
    words: Sequence[str],
    language: str,
    synonyms: Mapping[str, Sequence[str]],
    vocabulary_check: object = None,
    correct: Callable[[str], str | None] | None = None,
) -> tuple[list[list[tuple[str, ...]]], dict[str, str]]:
    """AND over the spans of words (``spans``), each an OR group of alternatives (stems ANDed).

    Alternatives of a word: its stems in the search language and in German (documents carry the
    German text), its synonyms, and a typo correction when the word is not in the vocabulary.
    A multi-word synonym term is one group: its words, or any other term of its groups.
    """
    from ..synonyms import term_keys

    groups: list[list[tuple[str, ...]]] = []
    corrections: dict[str, str] = {}
    for span in spans(words, language, synonyms):
        alternatives = stem_variants(span, language)
        for key in term_keys(span, language):
            for synonym in synonyms.get(key, ()):
                alternatives |= stem_variants(query_words(synonym), language)
        if len(span) > 1:
            groups.append(sorted(alt for alt in alternatives if alt and all(alt)))
            continue
        word = span[0]
        plain = normalise(word).translate(GERMAN)
        if len(plain) >= 4:  # compound parts: the word itself inside longer words
            alternatives.add((plain,))
        if correct and len(word) >= 4 and not word.isdigit():
            fixed = correct(normalise(word))
            if fixed and fixed != normalise(word):
                corrections[word] = fixed
                alternatives.add((stem(fixed, language),))
                alternatives.add((stem(fixed, "de"),))
        groups.append(sorted(alt for alt in alternatives if alt and all(alt)))
    return [group for group in groups if group], corrections


def highlight(text: str | None, stems: Collection[str], length: int = 240) -> str:
    """An escaped snippet of ``text`` around the first match, matched words in <mark>."""
    from ..text import WORD

    if not text:
        return ""
    matches = []
    for found in WORD.finditer(text):
        normal = stem(found.group(), "de"), normalise(found.group())
        if any(s in normal or (len(s) >= 4 and (s in normal[0] or s in normal[1])) for s in stems):
            matches.append(found.span())
    start = max(0, matches[0][0] - length // 3) if matches else 0
    end = min(len(text), start + length)
    parts: list[str] = []
    cursor = start
    for match_start, match_end in matches:
        if match_start < start or match_end > end:
            continue
        parts.append(escape(text[cursor:match_start]))
        parts.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
        cursor = match_end
    parts.append(escape(text[cursor:end]))
    return ("…" if start else "") + "".join(parts) + ("…" if end < len(text) else "")


class SearchUnavailable(Exception):
    """The engine cannot answer (unreachable, timeout); the caller falls back to the database."""
