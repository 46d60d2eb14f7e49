"""Readability measures through textstat, one configured instance per language.

German: Flesch reading ease with Amstad's constants (``flesch_reading_ease`` with lang "de")
and the first Wiener Sachtextformel (Bamberger/Vanecek). Leichte Sprache is German text.
"""

import threading
from typing import Any

from textstat.textstat import textstatistics

from portal import languages

GERMAN_ONLY = {"wiener_sachtextformel"}
_local = threading.local()


def _instance(language: str) -> Any:
    cache = getattr(_local, "instances", None)
    if cache is None:
        cache = _local.instances = {}
    code = languages.language(language, fallback=False).readability
    if code not in cache:
        stats = textstatistics()
        stats.set_lang(code)
        cache[code] = stats
    return cache[code]


def supports(language: str, metric: str) -> bool:
    code = languages.language(language, fallback=False).readability
    if code is None:
        return False
    return metric not in GERMAN_ONLY or code == "de"


def score(text: str, language: str, metric: str) -> float | None:
    """The measure for the text, or None when it does not apply to the language."""
    if not supports(language, metric):
        return None
    stats = _instance(language)
    if metric == "flesch_amstad":
        return float(stats.flesch_reading_ease(text))
    if metric == "wiener_sachtextformel":
        return float(stats.wiener_sachtextformel(text, 1))
    raise ValueError(metric)


def too_hard(value: float, metric: str, threshold: float) -> bool:
    """Flesch: higher is easier (threshold is a minimum); Wiener: a school grade (maximum)."""
    if metric == "flesch_amstad":
        return value < threshold
    return value > threshold
