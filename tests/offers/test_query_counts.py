"""The finders render in a number of queries that does not grow with the number of places.

Every count is taken on a second request: the first one fills Wagtail's cache of site root paths,
as any request after a deploy does.

The places are built once per module (a page costs about a second to build): ten listed ones and
fifteen more that a test lists with one update, which makes more than one finder page (PAGE_SIZE
20); each test's changes are rolled back.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.clock import BERLIN

from .factories import ContactPointPageFactory, OfferPageFactory
from .parsing import listed_slugs

MAX_QUERIES = 12
# Each query matches some of the first ten places: an empty result would skip the prefetches.
OFFER_QUERIES = ["", "?category=sprache&language=ar&day=5&free=on", "?sort=town&accessible=on&open_now=on"]
CONTACT_POINT_QUERIES = ["", "?language=ar&day=3&accessible=on&sort=reviewed", "?town=altdorf&open_now=on"]
CATEGORIES = [["deutschkurs", "sprachcafe"], ["migrationsberatung"], ["sprache", "kita"]]
LANGUAGES = [["ar", "de"], ["uk", "ru", "de"], ["fa"]]
# Saturday 11 January 2025, 13:30 in Berlin: every place is open (see the hours below)
SATURDAY_AFTERNOON = datetime.datetime(2025, 1, 11, 13, 30, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def _frozen_time(monkeypatch):
    monkeypatch.setattr("offers.finder.filters.berlin_now", lambda: SATURDAY_AFTERNOON)
    monkeypatch.setattr("offers.finder.query.berlin_now", lambda: SATURDAY_AFTERNOON)


def _add_offers(parents, count):
    return [
        OfferPageFactory(
            parent=parents[number % 3],
            categories=CATEGORIES[number % 3],
            target_groups=["erwachsene"],
            languages=LANGUAGES[number % 3],
            hours=[(number % 7, "09:00", "12:00"), (5, "13:00", "15:00")],
            closures=[("2025-12-24", "2025-12-31")],
            step_free=bool(number % 2),
        ).pk
        for number in range(count)
    ]


def _add_contact_points(parents, count):
    return [
        ContactPointPageFactory(
            parent=parents[number % 3],
            languages=LANGUAGES[number % 3],
            topics=["aufenthalt", "arbeit"],
            hours=[(number % 7, "08:00", "12:00"), (5, "13:00", "16:00")],
            closures=[("2025-12-24", "2025-12-31")],
            step_free=bool(number % 2),
        ).pk
        for number in range(count)
    ]


@pytest.fixture(scope="module")
def _places(module_finders, django_db_blocker):
    """Each kind of place: 10 listed and 15 held back, spread over the county and both towns."""
    with django_db_blocker.unblock():
        offer_parents = list(vars(module_finders.offers).values())
        contact_parents = list(vars(module_finders.contact_points).values())
        _add_offers(offer_parents, 10)
        _add_contact_points(contact_parents, 10)
        held_back = SimpleNamespace(
            offers=_add_offers(offer_parents, 15), contact_points=_add_contact_points(contact_parents, 15)
        )
        Page.objects.filter(pk__in=held_back.offers + held_back.contact_points).update(live=False)
        return held_back


@pytest.fixture
def places(_places, db):
    cache.clear()  # Wagtail caches site root paths
    return _places


def _list(pks):
    """The held-back places join the listing (as if 15 more had been added)."""
    Page.objects.filter(pk__in=pks).update(live=True)


def _count(client, url):
    assert client.get(url).status_code == 200  # fills the caches, as earlier visitors would
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert listed_slugs(response)  # an empty page would skip the prefetch queries
    return len(queries)


@pytest.mark.parametrize("query", OFFER_QUERIES)
def test_offer_finder_queries_do_not_grow_with_offers(client, places, query):
    with_10 = _count(client, f"/angebote/{query}")
    _list(places.offers)
    with_25 = _count(client, f"/angebote/{query}")

    assert with_10 == with_25


@pytest.mark.parametrize("query", OFFER_QUERIES)
def test_offer_finder_needs_at_most_12_queries(client, places, django_assert_max_num_queries, query):
    _list(places.offers)
    assert client.get(f"/angebote/{query}").status_code == 200

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(f"/angebote/{query}")

    assert response.status_code == 200


@pytest.mark.parametrize("query", CONTACT_POINT_QUERIES)
def test_contact_point_finder_queries_do_not_grow_with_contact_points(client, places, query):
    with_10 = _count(client, f"/anlaufstellen/{query}")
    _list(places.contact_points)
    with_25 = _count(client, f"/anlaufstellen/{query}")

    assert with_10 == with_25


@pytest.mark.parametrize("query", CONTACT_POINT_QUERIES)
def test_contact_point_finder_needs_at_most_12_queries(client, places, django_assert_max_num_queries, query):
    _list(places.contact_points)
    assert client.get(f"/anlaufstellen/{query}").status_code == 200

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(f"/anlaufstellen/{query}")

    assert response.status_code == 200
