"""A process-local memo for what never changes under one index version token.

Every write to the index (and every synonym change) replaces the token (indexing.changed),
and a search reads the token from the database once per request. What is derived from the
index under a token (the synonyms of a language, the vocabulary lookups of a word, the facet
values that exist) is therefore the same in every process for as long as that token is
current: remembering it in the process is never stale, needs no invalidation across app
servers and costs no round trip (not even to the shared cache). Entries of old tokens are
simply not asked for again and age out of the bounded LRU.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

MAX_ENTRIES = 20_000

_entries: OrderedDict[Hashable, Any] = OrderedDict()
_lock = threading.Lock()
_MISSING = object()


def get(key: Hashable, default: Any = None) -> Any:
    with _lock:
        value = _entries.get(key, _MISSING)
        if value is _MISSING:
            return default
        _entries.move_to_end(key)
        return value


def put(key: Hashable, value: Any) -> None:
    with _lock:
        _entries[key] = value
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)


def remembered(key: Hashable, compute: Callable[[], Any]) -> Any:
    """The value under ``key`` (whose first part is the index version token), computed once."""
    value = get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        put(key, value)
    return value


def clear() -> None:
    with _lock:
        _entries.clear()
