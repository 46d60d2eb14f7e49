"""Text normalisation shared by indexing and querying: words, light stemming, StreamField text.

The stemmer is a light, pure-Python suffix stripper (close to CISTEM for German, a plural
stripper for English; other languages are only normalised). It feeds the ``stems`` column that
the SQLite path searches and that PostgreSQL uses for matching inside compounds; PostgreSQL's
own per-language text search configurations do the real stemming there.
"""

import functools
import re
import unicodedata
from typing import Any

from django.utils.html import strip_tags

from portal import languages

WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12
MAX_WORD_LENGTH = 60
ARABIC_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": None})
GERMAN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def strip_marks(text: str | None) -> str:
    """Text without combining marks (Arabic tashkeel, accents): they would split words."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
    )


def normalise(word: str) -> str:
    """Lower case without combining marks (Arabic diacritics, accents), Arabic alef unified."""
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(char for char in word if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", word).translate(ARABIC_ALEF)


@functools.lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    word = normalise(word)
    kind = languages.language(language).stemmer
    if kind == "german":
        word = word.translate(GERMAN)
        while len(word) > 3:
            if len(word) > 5 and word[-2:] in ("em", "er", "nd"):
                word = word[:-2]
            elif word[-1] in "tesn":
                word = word[:-1]
            else:
                break
    elif kind == "english":
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
    return word


def stem_variants(words: list[str], language: str) -> set[tuple[str, ...]]:
    """The words stemmed as the search language and as German (every document carries its
    German text, so a query matches either): one tuple of stems per way."""
    return {tuple(stem(word, code) for word in words) for code in (language, "de")}


def words(text: str | None) -> list[str]:
    return WORD.findall(text or "")


def stems_text(text: str | None, language: str) -> str:
    """' stem1 word1 stem2 … ' (spaces around: whole-word and prefix matching with LIKE).

    The normalised word follows its stem where they differ, so that infix matching finds
    compound parts ("kurs" in "sprachkurse") that the stem cut off.
    """
    parts = []
    for word in words(strip_marks(text)):
        stemmed, plain = stem(word, language), normalise(word)
        if languages.language(language).stemmer == "german":
            plain = plain.translate(GERMAN)
        parts.append(stemmed if stemmed == plain else f"{stemmed} {plain}")
    return " " + " ".join(parts) + " "


def query_words(query: str | None) -> list[str]:
    """The words of a user query: anything that is not a letter or digit is a separator."""
    return [word[:MAX_WORD_LENGTH] for word in words(strip_marks(query))][:MAX_WORDS]


def stream_text(value: Any) -> str:
    """Plain text of a StreamField value from its raw data (no template rendering)."""
    raw = getattr(value, "raw_data", value)
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            parts.append(strip_tags(node))
        elif isinstance(node, dict):
            if "type" in node and "value" in node:
                walk(node["value"])
            else:
                for key, item in node.items():
                    if key not in ("id", "type", "level", "url", "image", "page", "document"):
                        walk(item)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)
        elif hasattr(node, "raw_data"):
            walk(node.raw_data)

    try:
        walk(list(raw) if raw is not None else [])
    except TypeError:
        return ""
    return " ".join(part.strip() for part in parts if part and part.strip())
