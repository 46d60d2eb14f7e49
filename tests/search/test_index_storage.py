"""How the index is stored and served: facet ids, vectors, version token, rendering, hreflang."""

import re

import pytest
from django.db import connection
from django.urls import reverse

from search import indexing
from search.backends.base import Hit
from search.models import FacetValue, SearchDocument, SearchFacet, Synonym
from search.templatetags.search_tags import search_facets, search_hits
from tests.offers.factories import OfferPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend(settings):
    """These cases are about the database index: only the db backend (overrides conftest)."""
    settings.SEARCH_BACKEND = "db"
    return "db"


@pytest.fixture
def indexed(content):
    return content


def test_facet_ids_name_the_facets_of_each_document(indexed):
    documents = list(SearchDocument.objects.all())
    assert documents
    values = {value.pk: (value.name, value.value, value.label) for value in FacetValue.objects.all()}
    for document in documents:
        expected = set(SearchFacet.objects.filter(document=document).values_list("name", "value", "label"))
        assert {values[pk] for pk in document.facet_ids} == expected
        assert any(values[pk][0] == "type" for pk in document.facet_ids)  # the total counts on it


def test_the_columns_each_database_searches_are_written_with_the_document(indexed):
    """PostgreSQL: the tsvector (trigger, same statement). SQLite: the stems column."""
    if connection.vendor == "postgresql":
        assert not SearchDocument.objects.filter(vector__isnull=True).exists()
        document = SearchDocument.objects.filter(language="de").first()
        SearchDocument.objects.filter(pk=document.pk).update(title="Zuckerrübenernte")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM search_searchdocument "
                "WHERE id = %s AND vector @@ plainto_tsquery('german', 'Zuckerrübenernte')",
                [document.pk],
            )
            assert cursor.fetchone()[0] == 1
    else:
        assert all(row.stems for row in SearchDocument.objects.all())
        assert not SearchDocument.objects.exclude(vector__isnull=True).exists()


def test_facet_ids_are_an_array_on_postgresql_and_text_elsewhere(indexed):
    document = SearchDocument.objects.exclude(facet_ids=[]).first()
    with connection.cursor() as cursor:
        cursor.execute("SELECT facet_ids FROM search_searchdocument WHERE id = %s", [document.pk])
        raw = cursor.fetchone()[0]
    if connection.vendor == "postgresql":
        assert raw == document.facet_ids
    else:
        assert raw == ",".join(str(pk) for pk in document.facet_ids)


def test_a_synonym_change_replaces_the_index_version(backend):
    before = indexing.version()
    synonym = Synonym.objects.create(language="de", terms="Kita, Krippe")
    after_save = indexing.version()
    synonym.delete()
    assert len({before, after_save, indexing.version()}) == 3


def test_filtered_counts_on_the_page_equal_the_database(indexed, client):
    html = client.get(reverse("search"), {"q": "", "free": "yes"}).content.decode()
    free = SearchFacet.objects.filter(document__language="de", name="free", value="yes").count()
    assert f"{free} " in html.split('id="results-heading"')[1][:200]


def test_facets_and_hits_escape_what_editors_typed():
    facets = [
        {
            "name": "town",
            "label": "Ort <b>",
            "values": [{"value": '"x"', "label": "<script>alert(1)</script>", "count": 3, "checked": True}],
        }
    ]
    html = str(search_facets(facets))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'value="&quot;x&quot;"' in html and " checked>" in html
    assert '<label for="facet-town-1">' in html and 'id="facet-town-1"' in html
    hit = Hit(
        object_type="offer",
        title="<i>Kurs</i>",
        snippet="Ein <mark>Kurs</mark> &amp; mehr",
        url="/a/?b=1&c=2",
        town="Alt<dorf>",
        date=None,
        text_language="de",
        fallback=True,
    )
    hit.type_label = "Angebot"
    html = str(search_hits([hit], "ar"))
    assert "&lt;i&gt;Kurs&lt;/i&gt;" in html and "Alt&lt;dorf&gt;" in html
    assert "<mark>Kurs</mark>" in html  # the backend's escaped snippet is kept as it is
    assert 'href="/a/?b=1&amp;c=2"' in html
    assert 'lang="de" dir="ltr"' in html and 'lang="ar"' in html


def test_language_versions_keep_the_query_string(indexed, client):
    html = client.get(reverse("search"), {"q": "Kita Beratung", "free": "yes"}).content.decode()
    assert 'hreflang="en"' in html
    assert "/en/search/?q=Kita+Beratung&amp;free=yes" in html
    assert "/ar/search/?q=Kita+Beratung&amp;free=yes" in html


def test_a_field_filled_with_german_text_is_marked_german(indexed, client):
    """Arabic title, no Arabic intro: on /ar/ the title is Arabic, the snippet says lang="de"."""
    from django.utils import translation

    from tests.offers.factories import OfferPageFactory

    offer = OfferPageFactory(
        parent=indexed.finder, title="Nähcafé am Markt", intro="Gemeinsam nähen und reparieren."
    )
    offer.title_ar = "مقهى الخياطة"
    offer.save_revision().publish()
    document = SearchDocument.objects.get(object_id=offer.pk, language="ar")
    assert (document.text_language, document.title_language, document.body_language) == ("ar", "ar", "de")
    with translation.override("ar"):
        url = reverse("search")
    html = client.get(url, {"q": "reparieren"}).content.decode()
    hits = re.findall(r'<li class="search-hit"[^>]*>.*?</li>', html, re.S)
    (hit,) = [hit for hit in hits if "مقهى الخياطة" in hit]
    assert hit.startswith('<li class="search-hit">')  # the hit itself is Arabic
    assert '<h3 class="search-hit__title">' in hit
    assert '<p class="search-hit__snippet" lang="de" dir="ltr">' in hit


def test_each_language_has_its_own_vector_index(indexed, settings):
    """PostgreSQL: a partial GIN index on the vector per configured language, none over all."""
    from search.backends.postgres import vector_index_name

    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            assert connection.vendor == "sqlite"  # SQLite matches the stems column instead
            return
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_searchdocument'")
        definitions = dict(cursor.fetchall())
    assert "search_doc_language_vector" not in definitions
    for code, _name in settings.LANGUAGES:
        definition = definitions[vector_index_name(code)]
        assert "USING gin (vector)" in definition
        assert definition.endswith(f"WHERE ((language)::text = '{code}'::text)"), definition


def test_a_word_is_looked_up_once_per_index_version(indexed, django_assert_num_queries, monkeypatch):
    """PostgreSQL: under one token a word's vocabulary lookup is remembered; a new token looks again."""
    from search.backends import postgres
    from search.backends.db import DatabaseBackend

    if connection.vendor != "postgresql":
        assert connection.vendor == "sqlite"  # SQLite corrects with difflib on its own vocabulary
        return
    calls = []
    original = postgres.vocabulary

    def counted(words, language, infix_min):
        calls.append(list(words))
        return original(words, language, infix_min)

    monkeypatch.setattr(postgres, "vocabulary", counted)
    backend = DatabaseBackend()
    token = indexing.version()
    assert (
        backend.vocabulary(["sprachkurs", "beratunk", "12", "ab"], "de", token)["beratunk"][0] == "beratung"
    )
    with django_assert_num_queries(0):
        again = backend.vocabulary(["beratunk", "sprachkurs"], "de", token)
    OfferPageFactory(parent=indexed.finder, title="Beratunk für alle", intro="Neu.").save_revision().publish()
    fresh = backend.vocabulary(["beratunk"], "de", indexing.version())
    assert calls == [["sprachkurs", "beratunk"], ["beratunk"]]  # numbers and short words: no lookup
    assert again["sprachkurs"][0] is None
    assert fresh["beratunk"][0] is None  # the word is in the index now: no correction


def test_the_memo_is_bounded(monkeypatch):
    from search import memo

    monkeypatch.setattr(memo, "MAX_ENTRIES", 3)
    for number in range(5):
        memo.put(("token", number), number)
    assert [memo.get(("token", number)) for number in range(5)] == [None, None, 2, 3, 4]
    assert memo.remembered(("token", 9), lambda: "computed") == "computed"
    assert memo.remembered(("token", 9), lambda: "again") == "computed"
