"""Search results are kept in the shared cache per normalised query, filters, language and index
version (search/results_cache.py): a repeated search is answered from it, a change of the index
is seen at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from search import results_cache
from search.backends.base import SearchRequest
from tests.offers.factories import OfferPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(module_content, settings):
    settings.SEARCH_RESULTS_CACHE_TIMEOUT = 600
    cache.clear()
    return module_content


def _queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("search"), params)
    assert response.status_code == 200
    return response, len(queries)


def test_a_repeated_search_is_answered_from_the_cache(content, client, settings):
    first, fresh = _queries(client, {"q": "Kinderbetreuung"})
    second, cached = _queries(client, {"q": "  Kinderbetreuung "})

    assert "Sprachkurs für Frauen" in second.content.decode()
    assert cached < fresh
    request = SearchRequest(query="Kinderbetreuung", language="de")
    assert cache.get(results_cache.key(request, settings.SEARCH_BACKEND)) is not None


def test_the_key_names_query_filters_language_page_and_index_version():
    def key(**fields):
        return results_cache.key(SearchRequest(**{"query": "Kurs", "language": "de", **fields}), "db")

    base = key(index_version="v1")
    assert key(index_version="v1", query=" Kurs  ") == base
    assert key(index_version="v1", filters={"town": ["b", "a"]}) == key(
        index_version="v1", filters={"town": ["a", "b"]}
    )
    for other in (
        key(index_version="v2"),
        key(index_version="v1", query="kurs"),
        key(index_version="v1", language="ar"),
        key(index_version="v1", filters={"town": ["a"]}),
        key(index_version="v1", page=2),
    ):
        assert other != base


def test_a_published_page_is_found_at_once(content, client):
    assert (
        "Kinderbetreuung am Samstag"
        not in client.get(reverse("search"), {"q": "Kinderbetreuung"}).content.decode()
    )

    OfferPageFactory(parent=content.finder, title="Kinderbetreuung am Samstag")

    html = client.get(reverse("search"), {"q": "Kinderbetreuung"}).content.decode()
    assert "Kinderbetreuung am Samstag" in html
