"""The open-data exports at scale: the number of queries does not depend on the number of rows,
and the rows read as records (values()) equal those read from the pages, addresses included.

The places are bulk-built once per module (offers.demo.bulk_offers / bulk_contact_points; a
fifth of them have a title and slug in every language): 10 of each listed, 190 more that a test
lists with one update (rolled back after the test).
"""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from offers.demo import bulk_contact_points, bulk_offers
from offers.models import ContactPointPage, OfferPage
from portal import open_data
from portal.page_urls import PageUrls
from portal.site_address import absolute

from .test_structured_data import read_csv, read_json

LISTED = 10
TOTAL = 200
EXPORTS = [
    "/open-data/offers.csv",
    "/open-data/offers.json",
    "/open-data/contact-points.csv",
    "/open-data/contact-points.json?language=ar",
    "/open-data/offers.csv?free=on&day=2",
]


@pytest.fixture(scope="module")
def _places(module_finders, django_db_blocker):
    with django_db_blocker.unblock():
        offers = bulk_offers(TOTAL, parents=list(vars(module_finders.offers).values()))
        points = bulk_contact_points(TOTAL, parents=list(vars(module_finders.contact_points).values()))
        held_back = [page.pk for page in offers[LISTED:] + points[LISTED:]]
        Page.objects.filter(pk__in=held_back).update(live=False)
        return SimpleNamespace(held_back=held_back, offers=offers, contact_points=points)


@pytest.fixture
def places(_places, db):
    cache.clear()  # Wagtail caches site root paths
    return _places


def _count(client, url):
    b"".join(client.get(url).streaming_content)  # fills the caches, as earlier visitors would
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        body = b"".join(response.streaming_content)  # the rows are read while streaming
    assert response.status_code == 200
    assert body.count(b"\n") > 1 or b'"items": [{' in body  # rows were written
    return len(queries)


@pytest.mark.parametrize("url", EXPORTS)
def test_export_queries_do_not_grow_with_rows(client, places, url):
    with_10 = _count(client, url)
    Page.objects.filter(pk__in=places.held_back).update(live=True)
    with_200 = _count(client, url)

    assert with_10 == with_200


def _rows_from_pages(dataset, model, params):
    """The rows as the columns give them for the pages themselves (``page.url``)."""
    instances = {page.pk: page for page in model.objects.filter(live=True)}
    rows = []
    for record in dataset.objects(params):
        page = instances[record.pk]
        row = {}
        for column in dataset.columns:
            value = page.url or "" if column.value is open_data.page_url else column.value(record)
            row[column.name] = absolute(value) if column.link else value
        rows.append(row)
    return rows


@pytest.mark.parametrize("language", ["de", "ar", "uk", "de-x-ls"])
@pytest.mark.parametrize(("slug", "model"), [("offers", OfferPage), ("contact-points", ContactPointPage)])
def test_rows_from_records_equal_those_from_the_pages(places, language, slug, model):
    Page.objects.filter(pk__in=places.held_back).update(live=True)
    dataset = open_data.get(slug)

    with translation.override(language):
        rows = list(dataset.rows({}))
        expected = _rows_from_pages(dataset, model, {})

    assert len(rows) == TOTAL
    assert rows == expected
    assert any("%" in row["url"] for row in rows) == (language not in ("de", "de-x-ls"))


@pytest.mark.parametrize("language", ["de", "en", "ar", "fa"])
def test_page_urls_equal_wagtails(places, language):
    pages = [*OfferPage.objects.all(), *ContactPointPage.objects.all(), *Page.objects.all()]
    urls = PageUrls()

    with translation.override(language):
        assert [urls.relative(page.url_path) for page in pages] == [page.url for page in pages]


def test_exported_rows_compare_the_structured_data_readers(client, places):
    """The CSV and JSON of the same dataset agree row by row (the records are read once each)."""
    csv_rows = read_csv(client.get("/open-data/offers.csv"))
    json_rows = read_json(client.get("/open-data/offers.json"))["items"]

    assert [row["url"] for row in csv_rows] == [row["url"] for row in json_rows]
    assert [row["id"] for row in csv_rows] == [str(row["id"]) for row in json_rows]
