"""Search results in the shared cache, per normalised query, filters, language and index version.

Every write to the index replaces the index version token (indexing.changed), so a cached
result is never read after the index changed: its key names the old token, and the entry ages
out. The shared cache (Redis in production) serves every app server; the process-local
``memo`` keeps what is derived from the index (synonyms, vocabulary), this keeps answers.

Not cached: an answer the database gave in place of an unreachable engine (``degraded``), so
the engine's own answer is used as soon as it is back.
"""

import datetime
import hashlib
import unicodedata

from django.conf import settings
from django.core.cache import cache

from . import backends
from .backends.base import SearchRequest, SearchResults

KEY_PREFIX = "kreisnetz:search:results:"


def normalised_query(query: str) -> str:
    """The query as the engines read it: NFC, words separated by single spaces (case is kept:
    corrections name the word as typed)."""
    return " ".join(unicodedata.normalize("NFC", query).split())


def key(request: SearchRequest, engine: str) -> str:
    parts = (
        request.token(),
        engine,
        request.language,
        normalised_query(request.query),
        sorted((name, sorted(values)) for name, values in request.filters.items()),
        request.date_from.isoformat() if request.date_from else "",
        request.date_to.isoformat() if request.date_to else "",
        request.page,
        request.page_size,
        datetime.date.today().isoformat(),  # upcoming events: what counts as upcoming changes daily
    )
    return KEY_PREFIX + hashlib.sha256(repr(parts).encode()).hexdigest()


def search(request: SearchRequest) -> tuple[SearchResults, bool]:
    """Like ``backends.search``: (results, degraded), from the cache when the index is unchanged."""
    entry_key = key(request, getattr(settings, "SEARCH_BACKEND", "db"))
    results = cache.get(entry_key)
    if results is not None:
        return results, False
    results, degraded = backends.search(request)
    if not degraded:
        cache.set(entry_key, results, getattr(settings, "SEARCH_RESULTS_CACHE_TIMEOUT", 600))
    return results, degraded
