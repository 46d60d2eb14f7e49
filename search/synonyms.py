"""Synonym groups kept by county editors, applied at query time (no reindex needed).

The groups are the portal's alias vocabulary: every group applies to the search in every
language, so "دائرة الأجانب" on the Arabic site and "Ausländeramt" on the German one both find
the immigration office (whose German text every document carries, SearchDocument.german).
A term may have several words ("Agentur für Arbeit"): the query's words are matched against
the terms as phrases (search.backends.base.spans).
"""

from typing import Any

from django.db.models.signals import post_delete, post_save

from .models import Synonym
from .text import query_words, stem_variants


def term_keys(words: list[str], language: str) -> set[str]:
    """The keys of a term (or of query words) for a search in ``language``: the words' stems
    joined by spaces, stemmed in the search language and in German (as query words are)."""
    return {" ".join(stems) for stems in stem_variants(words, language)}


def expansions(language: str) -> dict[str, list[str]]:
    """{key of a term: [other terms of its groups]} for searches in ``language`` (one query).

    Every group applies, whatever its language (see the module docstring)."""
    result: dict[str, list[str]] = {}
    for group in Synonym.objects.only("terms"):
        terms = group.term_list()
        for term in terms:
            for key in term_keys(query_words(term), language):
                others = result.setdefault(key, [])
                others.extend(other for other in terms if other != term and other not in others)
    return result


def cached_expansions(language: str, token: str) -> dict[str, list[str]]:
    """``expansions`` remembered under the index version ``token`` (a synonym change replaces it)."""
    from . import memo

    return memo.remembered((token, "synonyms", language), lambda: expansions(language))


def _changed(sender: type[Synonym], instance: Synonym, **kwargs: Any) -> None:
    from . import indexing, registry
    from .backends import synonyms_changed

    indexing.changed()
    for code in registry.languages():  # a group applies to every language
        synonyms_changed(code)


def connect() -> None:
    post_save.connect(_changed, sender=Synonym, dispatch_uid="search_synonym_saved")
    post_delete.connect(_changed, sender=Synonym, dispatch_uid="search_synonym_deleted")
