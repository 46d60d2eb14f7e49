"""The public statistics page needs the same number of queries for 10 and for 200 offers,
contact points and events (each figure one grouped query; bulk-built once per module)."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from events.demo import bulk_events
from offers import taxonomy_defaults
from offers.demo import bulk_contact_points, bulk_offers
from tests.conftest import base_county
from tests.offers.factories import ContactPointIndexPageFactory, OfferIndexPageFactory

from .conftest import add_calendar

LISTED = 10
TOTAL = 200


@pytest.fixture(scope="module")
def _held_back(_county_base, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        county, town_a, town_b = base_county(_county_base)
        taxonomy_defaults.load()
        held_back = []
        for build, parents in (
            (bulk_offers, [OfferIndexPageFactory(parent=county), OfferIndexPageFactory(parent=town_a.page)]),
            (bulk_contact_points, [ContactPointIndexPageFactory(parent=town_b.page)]),
            (bulk_events, [add_calendar(county), add_calendar(town_a.page)]),
        ):
            held_back += [page.pk for page in build(TOTAL, parents=parents)[LISTED:]]
        Page.objects.filter(pk__in=held_back).update(live=False)
        yield held_back
        transaction.set_rollback(True)


def _count(client, url):
    assert client.get(url).status_code == 200  # fills the caches, as earlier visitors would
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_statistics_queries_do_not_grow_with_content(client, _held_back, db):
    cache.clear()
    with translation.override("de"):
        url = reverse("statistics")
    with_10 = _count(client, url)
    Page.objects.filter(pk__in=_held_back).update(live=True)
    with_200 = _count(client, url)

    assert with_10 == with_200
