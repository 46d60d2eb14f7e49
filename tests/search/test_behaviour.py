"""One set of search behaviour cases, run against every backend (see conftest.backend)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from search import backends
from search.backends.base import SearchRequest
from search.models import SearchDocument, SearchFacet, Synonym

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(module_content):
    """Built and indexed once per backend for the module; a case's changes go with its savepoint
    and its clone of the Elasticsearch index."""
    return module_content


def titles(query, language="de", **filters):
    results, degraded = backends.search(SearchRequest(query=query, language=language, filters=filters))
    assert not degraded
    return [hit.title for hit in results.hits]


def test_stemming_plural_finds_singular(content):
    assert "Sprachkurs für Frauen" in titles("Sprachkurse")


def test_compound_part_matches(content):
    assert "Sprachkurs für Frauen" in titles("kurs")


def test_typo_is_corrected(content):
    assert "Beratung für Zugewanderte" in titles("Beratunk")


def test_synonyms_from_the_admin_apply_without_reindex(content):
    assert "Kindertagesstätte Sonnenschein" not in titles("Kita")
    Synonym.objects.create(language="de", terms="Kita, Kindertagesstätte")
    assert "Kindertagesstätte Sonnenschein" in titles("Kita")
    Synonym.objects.create(language="de", terms="Deutschkurs, Sprachkurs, Integrationskurs")
    assert "Sprachkurs für Frauen" in titles("Deutschkurs")


def test_a_translated_document_is_found_by_its_german_text_and_shown_in_the_readers_language(content):
    """The German intro of the course ("Kinderbetreuung") finds its Arabic document."""
    results, _d = backends.search(SearchRequest(query="Kinderbetreuung", language="ar"))
    hits = {hit.title: hit for hit in results.hits}
    assert hits["دورة لغة للنساء"].text_language == "ar"


def test_results_in_the_readers_language_rank_before_german_ones(content):
    """ "Sprach": the German-only event matches in its title, the Arabic course only in its German
    text; the course comes first all the same."""
    results, _d = backends.search(SearchRequest(query="Sprach", language="ar"))
    order = [(hit.title, hit.text_language) for hit in results.hits]
    assert order[0] == ("دورة لغة للنساء", "ar")
    assert ("Sprachcafé im Advent", "de") in order


def test_the_alias_vocabulary_edited_in_the_admin_applies_to_every_language(content, client_for):
    """A group added and changed by the county in the admin (Snippets → Synonyms) takes effect on
    the next search (no reindex, no stale cache), multi-word terms included, in every language."""
    client = client_for("county_editor")
    assert titles("دار الحضانة", language="ar") == []
    response = client.post(
        reverse("wagtailsnippets_search_synonym:add"),
        {"language": "ar", "terms": "دار الحضانة, Kindertagesstätte"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Kindertagesstätte Sonnenschein" in titles("دار الحضانة", language="ar")
    assert "Kindertagesstätte Sonnenschein" in titles("دار الحضانة", language="uk")
    group = Synonym.objects.get(language="ar")
    response = client.post(
        reverse("wagtailsnippets_search_synonym:edit", args=[group.pk]),
        {"language": "ar", "terms": "روضة أطفال, Kindertagesstätte"},
    )
    assert response.status_code == 302
    assert titles("دار الحضانة", language="ar") == []
    assert "Kindertagesstätte Sonnenschein" in titles("روضة أطفال", language="ar")


def test_facet_counts_equal_the_database(content):
    results, _degraded = backends.search(SearchRequest(query="", language="de"))
    facets = {
        name: {value: count for value, _label, count in values} for name, values in results.facets.items()
    }
    assert facets["type"] == {"offer": 3, "contact_point": 1, "event": 1, "page": 1, "organisation": 1}
    assert facets["category"]["sprache"] == content.course.categories.count()
    assert (
        facets["free"]["yes"]
        == SearchDocument.objects.filter(language="de", facets__name="free", facets__value="yes").count()
    )
    assert facets["town"]["altdorf"] == 3


def test_filter_by_facet_and_unknown_values_ignored(content):
    assert titles("", type=["event"]) == ["Sprachcafé im Advent"]
    assert set(titles("Sprach", free=["yes"])) >= {"Sprachkurs für Frauen"}


def test_arabic_search_matches_arabic_and_falls_back_to_german(content):
    results, _d = backends.search(SearchRequest(query="اللغة", language="ar"))
    assert [hit.title for hit in results.hits] == ["دورة لغة للنساء"]
    assert results.hits[0].text_language == "ar"
    results, _d = backends.search(SearchRequest(query="Beratung", language="ar"))
    assert results.hits[0].title == "Beratung für Zugewanderte"
    assert results.hits[0].text_language == "de"


def test_arabic_diacritics_are_ignored(content):
    assert "دورة لغة للنساء" in titles("اللُّغَة", language="ar")


def test_unpublished_and_private_never_appear(content):
    from wagtail.models import PageViewRestriction

    assert "Geheimer Sprachkurs" not in titles("Sprachkurs")
    PageViewRestriction.objects.create(page=content.page, restriction_type="password", password="x")
    assert "Ankommen in Altdorf" not in titles("Ankommen")


def test_index_follows_unpublish_delete_move_and_rename(content, town_b):
    content.course.unpublish()
    assert "Sprachkurs für Frauen" not in titles("Sprachkurs")
    content.kita.delete()
    assert "Kindertagesstätte Sonnenschein" not in titles("Kindertagesstätte")
    content.page.move(town_b.page, pos="last-child")
    results, _d = backends.search(SearchRequest(query="Ankommen", language="de"))
    assert results.hits[0].town == "Neudorf"
    page = type(content.page).objects.get(pk=content.page.pk)
    page.title = "Willkommen im Landkreis"
    page.save_revision().publish()
    assert titles("Willkommen") == ["Willkommen im Landkreis"]
    assert titles("Ankommen") == []


def test_taxonomy_rename_updates_facet_labels(content):
    from offers.models import Category

    category = Category.objects.get(slug="sprache")
    category.name = "Deutsch lernen"
    category.save()
    assert (
        SearchFacet.objects.filter(document__language="de", name="category", value="sprache")[0].label
        == "Deutsch lernen"
    )


def test_search_get_does_not_write(content, client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("search"), {"q": "Sprachkurse", "free": "yes"})
    assert response.status_code == 200
    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
