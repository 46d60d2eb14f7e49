"""Choosing the search backend (settings.SEARCH_BACKEND) and falling back to the database.

``db`` (default) answers from search.SearchDocument. ``elasticsearch`` answers from one
Elasticsearch index per language; when it is unreachable or too slow the database answers
and the result says so (``backend == "db"``, ``degraded``), never an error page.
"""

import logging

from django.conf import settings

from .base import SearchUnavailable
from .db import DatabaseBackend

logger = logging.getLogger("kreisnetz.search")


def database():
    return DatabaseBackend()


def configured():
    if getattr(settings, "SEARCH_BACKEND", "db") == "elasticsearch":
        from .elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend()
    return database()


def search(request):
    """Results for a SearchRequest; ``degraded`` is True when the configured engine failed."""
    backend = configured()
    try:
        return backend.search(request), False
    except SearchUnavailable:
        logger.warning("search engine %s unavailable, answering from the database", backend.name)
        return database().search(request), True


def index_changed(obj, fresh):
    """The database index of ``obj`` changed; mirror it into the engine when there is one."""
    backend = configured()
    if backend.name != "db":
        try:
            backend.update_object(obj, fresh)
        except SearchUnavailable:
            logger.warning("search engine unavailable: %s not updated, run rebuild_search", obj._meta.label)


def objects_removed(model_labels, object_ids):
    backend = configured()
    if backend.name != "db":
        try:
            backend.remove(model_labels, object_ids)
        except SearchUnavailable:
            logger.warning("search engine unavailable: removed objects stay until rebuild_search")


def synonyms_changed(language):
    backend = configured()
    if backend.name != "db":
        try:
            backend.update_synonyms(language)
        except SearchUnavailable:
            logger.warning("search engine unavailable: synonyms of %s not updated", language)


def health():
    backend = configured()
    return backend.name, backend.health() if backend.name != "db" else "ok"
