"""The bulk rebuild writes the same index as indexing every object one by one (``reindex``):
documents (text, stems, addresses, vectors), facets, facet values and vocabulary.

The content (tests/search/conftest.py's, plus bulk offers and contact points of which a fifth
have a title and slug in every language, non-Latin ones included) is built once per module.
"""

import pytest
from django.db import transaction

from offers.demo import bulk_contact_points, bulk_offers
from search import indexing, registry
from search.models import FacetValue, SearchDocument, SearchFacet, SearchTerm
from tests.conftest import base_county

from .conftest import build_content

# The vectors are written by PostgreSQL's trigger: compared there.
pytestmark = pytest.mark.engine


@pytest.fixture(scope="module")
def _content(_county_base, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_content(*base_county(_county_base))
        bulk_offers(15, parents=[built.finder])
        bulk_contact_points(10)
        yield built
        transaction.set_rollback(True)


def _index():
    """The whole index, without its database ids."""
    labels = {pk: (name, value, label) for pk, name, value, label in FacetValue.objects.values_list()}
    skipped = {"id", "facet_ids"}
    fields = [field.attname for field in SearchDocument._meta.concrete_fields if field.attname not in skipped]
    documents = {}
    for document in SearchDocument.objects.all():
        key = (document.model_label, document.object_id, document.language)
        documents[key] = {
            **{name: getattr(document, name) for name in fields},
            "facet_values": sorted(labels[pk] for pk in document.facet_ids),
            "facets": sorted(document.facets.values_list("name", "value", "label")),
        }
    return {
        "documents": documents,
        "terms": set(SearchTerm.objects.values_list("language", "term")),
        "facet_values": set(labels.values()),
    }


def _one_by_one():
    for model in (SearchFacet, SearchDocument, SearchTerm, FacetValue):
        model.objects.all().delete()
    for adapter in registry.adapters().values():
        for obj in adapter.public_queryset().order_by("pk"):
            indexing.reindex(obj)


def test_rebuild_writes_the_documents_of_reindexing_one_by_one(_content, db):
    _one_by_one()
    expected = _index()

    indexing.rebuild()

    found = _index()
    assert len(found["documents"]) > 8 * 25
    assert {key[0] for key in found["documents"]} >= {"offers.offerpage", "offers.contactpointpage"}
    assert any("%" in document["url"] for document in found["documents"].values())  # non-ASCII slugs
    assert found == expected


def test_rebuild_empties_the_index_first(_content, db):
    indexing.rebuild()
    counts = [model.objects.count() for model in (SearchDocument, SearchFacet, SearchTerm, FacetValue)]

    indexing.rebuild()

    assert [
        model.objects.count() for model in (SearchDocument, SearchFacet, SearchTerm, FacetValue)
    ] == counts
