"""Search as migrants use it, on the demo county (``make run``) and on every backend.

A query in any language also matches the German text and the German official terms; the
county's alias vocabulary (search.Synonym, starter groups in search.demo) carries the readers'
names for them; results in the reader's language come first, then those shown in German.
The module only reads (``demo_site``): the index built by seed_demo, mirrored into an osmem
engine of the module's own for the Elasticsearch backend.
"""

import pytest
from django.test import override_settings
from osmem_server import OsmemServer

from search import backends, demo, memo
from search.backends.base import SearchRequest
from search.models import SearchDocument
from tests.public_pages import LANGUAGE_CODES

from .conftest import BACKENDS, ELASTICSEARCH_SETTINGS

OFFICE = "Ausländerbehörde"
COURSE = "Deutschkurs"


@pytest.fixture(scope="module", params=BACKENDS)
def engine(request, demo_site):
    """The demo index on the database backend, or mirrored into a fresh osmem engine."""
    overrides = {"SEARCH_BACKEND": request.param}
    server = None
    if request.param == "elasticsearch":
        server = OsmemServer.start(japanese=request.config.getini("osmem_japanese"))
        overrides.update(ELASTICSEARCH_URL=server.url, **ELASTICSEARCH_SETTINGS)
    try:
        with override_settings(**overrides):
            memo.clear()
            if server is not None:
                backends.configured().rebuild()
            yield request.param
    finally:
        memo.clear()
        if server is not None:
            server.close()


def search(query, language):
    results, degraded = backends.search(SearchRequest(query=query, language=language, page_size=50))
    assert not degraded
    return results.hits


def found(query, language):
    """The objects (model label, id) that a search finds, identified by their documents' URLs."""
    urls = {hit.url for hit in search(query, language)}
    rows = SearchDocument.objects.filter(language=language, url__in=urls)
    return {(row.model_label, row.object_id) for row in rows}


@pytest.fixture(scope="module")
def german(engine):
    """What the two official words find in German: every language must find it too."""
    return {query: found(query, "de") for query in (OFFICE, COURSE)}


def test_the_demo_has_matches_in_german(german):
    assert len(german[OFFICE]) >= 1
    assert len(german[COURSE]) >= 5


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_official_terms_and_aliases_find_the_content_in_every_language(german, language):
    assert found(OFFICE, language) >= german[OFFICE]
    assert found(COURSE, language) >= german[COURSE]
    alias, term = demo.ALIASES[language]
    assert found(alias, language) >= german[term], alias


@pytest.mark.parametrize("language", ["ar", "uk", "en"])
def test_the_readers_language_ranks_before_german_only_matches(engine, language):
    """Both kinds match "Deutschkurs" in these languages; German titles would win on title match."""
    own = [hit.text_language == language for hit in search(COURSE, language)]
    assert True in own and False in own
    assert own == sorted(own, reverse=True)
