"""Every public listing (offer and contact point finders, county and town calendars in list and
month view, the map and its GeoJSON) needs the same number of queries for 10 and for 200 items,
and none of its SQL has DISTINCT (rows can't repeat: the many-to-many filters are EXISTS
subqueries, the calendar reads the stored occurrences).

The 190 extra items of each kind are written in bulk once per module (no revisions, like
``seed_demo --scale``) and held back (not live); a test lists them with one update, which is
rolled back after it.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from events.services.occurrences import refresh_all
from offers.models import Category, ContactPointPage, LanguageCode, MapPage, OfferPage, TargetGroup
from portal.bulk_pages import add_pages
from portal.clock import BERLIN
from portal.listing import PAGE_SIZE

from .parsing import listed_slugs

pytestmark = pytest.mark.engine

LISTED = 10
HELD_BACK = 190
# Saturday 11 January 2025, 13:30 in Berlin: every place is open (see the hours below)
SATURDAY_AFTERNOON = datetime.datetime(2025, 1, 11, 13, 30, tzinfo=BERLIN)
OFFER_QUERIES = [
    "",
    "?category=sprache&target=erwachsene&language=ar&day=5&free=on",
    "?sort=town&open_now=on",
]
CONTACT_POINT_QUERIES = ["", "?language=ar&day=5&accessible=on&sort=reviewed", "?town=altdorf&open_now=on"]
CALENDARS = ["/termine/", "/termine/?view=month", "/altdorf/termine/", "/termine/?language=ar&free=on"]
MAPS = ["/karte/", "/geo/places.geojson", "/geo/places.geojson?category=sprache&language=ar"]


@pytest.fixture(autouse=True)
def _frozen_time(monkeypatch):
    monkeypatch.setattr("offers.finder.filters.berlin_now", lambda: SATURDAY_AFTERNOON)
    monkeypatch.setattr("offers.finder.query.berlin_now", lambda: SATURDAY_AFTERNOON)


def _bulk_page(model, number, **fields):
    """An unsaved page of ``model`` for ``portal.bulk_pages.add_pages`` (as ``seed_demo --scale``)."""
    title = f"{model._meta.verbose_name} {number:04d}"
    return model(title_de=title, slug_de=slugify(title), **fields)


def _place_fields(number, town):
    return {
        "town_id": town,
        "street": f"Hauptstraße {number}",
        "postcode": "12345",
        "city": "Altdorf",
        "latitude": 50 + number / 10000,
        "longitude": 9 + number / 10000,
        "step_free": True,
        "last_reviewed": datetime.date(2025, 1, 1),
        "review_due_on": datetime.date(2026, 1, 1),
    }


def _places(model, parents, count, start, related):
    pages = []
    for number in range(start, start + count):
        parent, town = parents[number % len(parents)]
        extra = {"cost": "free"} if model is OfferPage else {"kind": "migration_counselling"}
        pages.append((parent, _bulk_page(model, number, **_place_fields(number, town), **extra)))
    pages = add_pages(pages)
    hours = model._meta.get_field("opening_hours").related_model
    # two ranges each, so a join on the hours would repeat a place
    hours.objects.bulk_create(
        hours(page_id=page.pk, weekday=5, opens=opens, closes=closes)
        for page in pages
        for opens, closes in ((datetime.time(9), datetime.time(14)), (datetime.time(13), datetime.time(16)))
    )
    for name, values in related.items():
        through = model._meta.get_field(name).remote_field.through
        source = model._meta.get_field(name).m2m_field_name()
        target = model._meta.get_field(name).m2m_reverse_field_name()
        through.objects.bulk_create(
            through(**{f"{source}_id": page.pk, f"{target}_id": value.pk})
            for page in pages
            for value in values
        )
    return [page.pk for page in pages]


def _events(parents, count, start):
    first = timezone.now().astimezone(BERLIN).replace(hour=16, minute=0, second=0, microsecond=0)
    arabic = LanguageCode.objects.get(code="ar")
    pages = []
    for number in range(start, start + count):
        parent, town = parents[number % len(parents)]
        begins = first + datetime.timedelta(days=number % 20)
        weekly = number % 4 == 0
        pages.append(
            (
                parent,
                _bulk_page(
                    EventPage,
                    number,
                    town_id=town,
                    start=begins,
                    end=begins + datetime.timedelta(hours=2),
                    recurrence="FREQ=WEEKLY;COUNT=3" if weekly else "",
                    extra_dates=(begins + datetime.timedelta(days=3)).date().isoformat()
                    if number % 4 == 1
                    else "",
                    cost="free",
                ),
            )
        )
    pages = add_pages(pages)
    through = EventPage.languages.through
    through.objects.bulk_create(through(eventpage_id=page.pk, languagecode_id=arabic.pk) for page in pages)
    return [page.pk for page in pages]


@pytest.fixture(scope="module")
def _world(module_finders, django_db_blocker):
    with django_db_blocker.unblock():
        county = module_finders.offers.county.get_parent()
        town = Page.objects.get(pk=module_finders.offers.a.get_parent().pk)
        offer_parents = [
            (Page.objects.get(pk=page.pk), None) for page in vars(module_finders.offers).values()
        ]
        offer_parents[1] = (offer_parents[1][0], town.pk)
        contact_parents = [
            (Page.objects.get(pk=page.pk), None) for page in vars(module_finders.contact_points).values()
        ]
        contact_parents[1] = (contact_parents[1][0], town.pk)
        calendars = []
        for parent in (county, town):
            calendar = EventIndexPage(title="Termine", slug="termine")
            parent.add_child(instance=calendar)
            calendar.save_revision().publish()
            calendars.append((Page.objects.get(pk=calendar.pk), town.pk if parent.pk == town.pk else None))
        county.add_child(instance=MapPage(title="Karte", slug="karte"))
        offer_related = {
            "categories": list(Category.objects.filter(slug__in=["deutschkurs", "sprachcafe", "kita"])),
            "target_groups": list(TargetGroup.objects.filter(slug="erwachsene")),
            "languages": list(LanguageCode.objects.filter(code__in=["ar", "de", "uk"])),
        }
        contact_related = {"languages": offer_related["languages"]}
        items = {}
        for key, make in (
            ("offers", lambda count, start: _places(OfferPage, offer_parents, count, start, offer_related)),
            (
                "contact_points",
                lambda count, start: _places(
                    ContactPointPage, contact_parents, count, start, contact_related
                ),
            ),
            ("events", lambda count, start: _events(calendars, count, start)),
        ):
            make(LISTED, 0)
            items[key] = make(HELD_BACK, LISTED)
        refresh_all()
        Page.objects.filter(pk__in=[pk for pks in items.values() for pk in pks]).update(live=False)
        return SimpleNamespace(**items)


@pytest.fixture
def world(_world, db):
    cache.clear()  # Wagtail caches site root paths
    return _world


def _list(pks):
    Page.objects.filter(pk__in=pks).update(live=True)


def _queries(client, url):
    assert client.get(url).status_code == 200  # fills the caches, as earlier visitors would
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, [query["sql"] for query in queries.captured_queries]


def _listed(response):
    if response["Content-Type"].startswith("application/geo+json"):
        return len(response.json()["features"])
    if "result" in (response.context or {}):
        return response.context["result"].count
    if "places" in (response.context or {}):
        return response.context["places"].count
    return len(listed_slugs(response))


def _compare(client, url, pks):
    small, with_10 = _queries(client, url)
    _list(pks)
    large, with_200 = _queries(client, url)
    assert 0 < _listed(small) < _listed(large)  # the query matches items, and more of them now
    assert len(with_10) == len(with_200)
    assert not [sql for sql in with_10 + with_200 if "DISTINCT" in sql.upper()]


@pytest.mark.parametrize("query", OFFER_QUERIES)
def test_the_offer_finder_needs_as_many_queries_for_200_offers_as_for_10(client, world, query):
    _compare(client, f"/angebote/{query}", world.offers)


@pytest.mark.parametrize("query", CONTACT_POINT_QUERIES)
def test_the_contact_point_finder_needs_as_many_queries_for_200_as_for_10(client, world, query):
    _compare(client, f"/anlaufstellen/{query}", world.contact_points)


@pytest.mark.parametrize("url", CALENDARS)
def test_calendars_need_as_many_queries_for_200_events_as_for_10(client, world, url):
    _compare(client, url, world.events)


@pytest.mark.parametrize("url", MAPS)
def test_the_map_needs_as_many_queries_for_200_places_as_for_10(client, world, url):
    _compare(client, url, world.offers + world.contact_points)


def test_a_late_finder_page_reads_only_its_own_rows_in_full(client, world):
    _list(world.offers)
    _response, queries = _queries(client, "/angebote/?page=9")
    full_rows = [sql for sql in queries if '"offers_offerpage"."intro_de"' in sql]
    assert len(full_rows) == 1
    assert " OFFSET " not in full_rows[0].upper()  # the page's ids only: no scan up to page 9
    assert not re.search(r"LIMIT\s+\d+\s*$", full_rows[0], re.IGNORECASE)


def test_an_offer_in_several_matching_categories_and_hours_is_listed_once(client, world):
    response, _queries_made = _queries(client, "/angebote/?category=sprache&day=5")
    slugs = listed_slugs(response)
    assert slugs and len(slugs) == len(set(slugs))
    assert response.context["result"].count == len(slugs)


def test_the_map_lists_its_places_a_page_at_a_time_by_title(client, world):
    _list(world.offers + world.contact_points)
    first = client.get("/karte/")
    second = client.get("/karte/?page=2")
    markers = client.get("/geo/places.geojson").json()["features"]
    titles = [a.text.strip() for a in BeautifulSoup(first.content, "html.parser").select(".place-list a")]
    more = [a.text.strip() for a in BeautifulSoup(second.content, "html.parser").select(".place-list a")]
    assert len(titles) == len(more) == PAGE_SIZE
    assert first.context["places"].count == len(markers) > 2 * PAGE_SIZE  # every place on the map
    assert not set(titles) & set(more)
