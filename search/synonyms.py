"""Synonym groups kept by county editors, applied at query time (no reindex needed)."""

from typing import Any

from django.db.models.signals import post_delete, post_save

from .models import Synonym
from .text import query_words, stem


def expansions(language: str) -> dict[str, list[str]]:
    """{stem of a term: [other terms of its groups]} for one language (one query)."""
    result: dict[str, list[str]] = {}
    for group in Synonym.objects.filter(language=language).only("terms"):
        terms = group.term_list()
        for term in terms:
            key = " ".join(stem(word, language) for word in query_words(term))
            result.setdefault(key, []).extend(other for other in terms if other != term)
    return result


def cached_expansions(language: str, token: str) -> dict[str, list[str]]:
    """``expansions`` remembered under the index version ``token`` (a synonym change replaces it)."""
    from . import memo

    return memo.remembered((token, "synonyms", language), lambda: expansions(language))


def _changed(sender: type[Synonym], instance: Synonym, **kwargs: Any) -> None:
    from . import indexing
    from .backends import synonyms_changed

    indexing.changed()

    synonyms_changed(instance.language)


def connect() -> None:
    post_save.connect(_changed, sender=Synonym, dispatch_uid="search_synonym_saved")
    post_delete.connect(_changed, sender=Synonym, dispatch_uid="search_synonym_deleted")
