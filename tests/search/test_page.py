"""The search page: translated URL, highlighting, escaping, bad input, autocomplete."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(module_content):
    """Built and indexed once per backend for the module (the cases only read)."""
    return module_content


BAD_INPUT = [
    "",
    "x" * 1000,
    '"Sprachkurs',
    "*",
    "Sprach*",
    ":",
    "title:Sprachkurs",
    "(Sprachkurs AND [Beratung",
    "'; DROP TABLE search_searchdocument; --",
    "Sprachkurs OR 1=1",
    "🙂 Sprachkurs 🙂",
    "اللُّغَة",
    "<script>alert(1)</script>",
    "a & b | !c",
]


@pytest.mark.parametrize("query", BAD_INPUT)
def test_bad_input_answers_200(content, client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_highlighted_snippet_and_type(content, client):
    response = client.get(reverse("search"), {"q": "Kinderbetreuung"})
    html = response.content.decode()
    assert "<mark>Kinderbetreuung</mark>" in html
    assert "Sprachkurs für Frauen" in html


def test_empty_query_browses_with_facets(content, client):
    html = client.get(reverse("search")).content.decode()
    assert 'name="type"' in html and 'name="category"' in html


def test_unknown_facet_values_are_ignored_with_a_notice(content, client):
    response = client.get(reverse("search"), {"q": "Sprachkurs", "category": "gibt-es-nicht", "type": "x"})
    assert response.status_code == 200
    assert "Sprachkurs für Frauen" in response.content.decode()
    from django.utils.translation import gettext

    from search.registry import FACETS

    notice = gettext("The filter “%(filter)s” had an unknown value and was ignored.")
    assert notice % {"filter": FACETS["category"]} in response.content.decode()


def test_arabic_page_marks_german_fallback(content, client):
    from django.utils import translation

    with translation.override("ar"):
        url = reverse("search")
    html = client.get(url, {"q": "Beratung"}).content.decode()
    assert 'lang="de"' in html
    assert "Beratung für Zugewanderte" in html


def test_pagination_keeps_the_query(content, client):
    from search.backends.base import PAGE_SIZE

    assert PAGE_SIZE >= 10
    response = client.get(reverse("search"), {"q": "", "page": "999"})
    assert response.status_code == 200


def test_autocomplete(content, client):
    data = client.get(reverse("search_autocomplete"), {"q": "Sprach"}).json()
    assert "Sprachkurs für Frauen" in [item["title"] for item in data["results"]]


def test_header_links_to_search(content, client):
    html = client.get(reverse("search")).content.decode()
    assert 'id="site-search-q"' in html


def test_healthz_reports_search(client, db):
    data = client.get("/healthz").json()
    assert data["search"] == "ok"
