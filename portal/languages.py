"""The portal's languages, one row each: everything that differs per language in one table.

Settings (``LANGUAGES``, ``LANGUAGES_BIDI``, modeltranslation, Wagtail), the search (PostgreSQL
text search configuration, Elasticsearch analyzers, the light stemmer) and the guidelines
(readability measures) read their per-language facts from here. A ninth language is one more
row (plus its migrations and catalogue); ``portal.checks`` fails at start-up for a code in
``settings.LANGUAGES`` without a row.

This module is imported by the settings: it must not need configured settings.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# German is the source language. Leichte Sprache is a language of its own: "de-x-ls" is valid
# BCP 47 (German, private-use variant), works as URL prefix and as modeltranslation suffix
# (_de_x_ls), and falls back to German for Django's own strings.
SOURCE_LANGUAGE = "de"
LEICHTE_SPRACHE = "de-x-ls"

# Written right to left although no portal language: content may be offered in them (the
# languages of an offer or event), and their names are then shown with dir="rtl".
OTHER_RIGHT_TO_LEFT = ("he", "ur")


def stop(words):
    """A custom stop-word filter (Elasticsearch's predefined list ``words``, e.g. "_german_")."""
    return ("stop", "stop", {"stopwords": words})


def stemmer(language, name="stemmer"):
    return (name, "stemmer", {"language": language})


@dataclass(frozen=True)
class Analysis:
    """The Elasticsearch analyzer chain of a language (built by search/backends/es_documents.py).

    A filter is a built-in name ("lowercase") or a custom one as (name, type, options), created
    in the index as ``kn_<language>_<name>``. ``before``: the filters before the synonyms,
    ``after``: the filters after them (stop words, normalisation, stemmer last); ``decompound``:
    split German compounds (index analyzer only, just before the last filter); ``built_in``:
    Elasticsearch's own analyzer for engines that mishandle custom stemmer filters.
    """

    char_filters: tuple = ()
    before: tuple = ("lowercase",)
    after: tuple = ()
    decompound: bool = False
    built_in: str | None = None


GERMAN_ANALYSIS = Analysis(
    after=(stop("_german_"), "german_normalization", stemmer("light_german")),
    decompound=True,
    built_in="german",
)


@dataclass(frozen=True)
class Language:
    code: str
    name: object  # the English name, translated for the interface
    native_name: str
    direction: str = "ltr"
    text_search: str = "simple"  # PostgreSQL text search configuration ("simple": no stemming)
    analysis: Analysis = field(default_factory=Analysis)
    readability: str | None = None  # textstat's language; None: no readability measures
    stemmer: str | None = None  # the light stemmer of search/text.py ("german", "english")

    @property
    def is_rtl(self):
        return self.direction == "rtl"


LANGUAGE_TABLE = (
    Language(
        "de",
        _("German"),
        "Deutsch",
        text_search="german",
        analysis=GERMAN_ANALYSIS,
        readability="de",
        stemmer="german",
    ),
    Language(
        "en",
        _("English"),
        "English",
        text_search="english",
        analysis=Analysis(
            before=(stemmer("possessive_english", name="possessive_stemmer"), "lowercase"),
            after=(stop("_english_"), stemmer("english")),
            built_in="english",
        ),
        readability="en_US",
        stemmer="english",
    ),
    Language(
        "ar",
        _("Arabic"),
        "العربيّة",
        direction="rtl",
        text_search="arabic",
        analysis=Analysis(
            before=("lowercase", "decimal_digit"),
            after=(stop("_arabic_"), "arabic_normalization", stemmer("arabic")),
        ),
    ),
    Language("uk", _("Ukrainian"), "Українська"),  # no stemmer without an Elasticsearch plugin
    Language(
        "tr",
        _("Turkish"),
        "Türkçe",
        text_search="turkish",
        analysis=Analysis(
            before=("apostrophe", ("lowercase", "lowercase", {"language": "turkish"})),
            after=(stop("_turkish_"), stemmer("turkish")),
        ),
    ),
    Language(
        "fa",
        _("Persian"),
        "فارسی",
        direction="rtl",
        analysis=Analysis(
            char_filters=(("zwnj", "mapping", {"mappings": ["\\u200C=>\\u0020"]}),),
            before=("lowercase", "decimal_digit"),
            after=("arabic_normalization", "persian_normalization", stop("_persian_")),
        ),
    ),
    Language(
        "ru",
        _("Russian"),
        "Русский",
        text_search="russian",
        analysis=Analysis(after=(stop("_russian_"), stemmer("russian")), built_in="russian"),
        readability="ru",
    ),
    Language(
        LEICHTE_SPRACHE,
        _("Leichte Sprache"),
        "Leichte Sprache",
        text_search="german",
        analysis=GERMAN_ANALYSIS,
        readability="de",
        stemmer="german",
    ),
)

_BY_CODE = {language.code: language for language in LANGUAGE_TABLE}
_DEFAULT = Language("", "", "")


def language(code, fallback=True):
    """The row of ``code``, else (``fallback``) of its base language ("de-at" → "de"), else the
    defaults: no stemming, plain analysis, left to right, no readability measures."""
    row = _BY_CODE.get(code)
    if row is None and fallback:
        row = _BY_CODE.get(code.split("-")[0])
    return row or _DEFAULT


def codes():
    return [row.code for row in LANGUAGE_TABLE]


def right_to_left_codes():
    return [row.code for row in LANGUAGE_TABLE if row.is_rtl] + list(OTHER_RIGHT_TO_LEFT)
