"""The page cache for anonymous visitors (portal/page_cache.py, portal/cache_tags.py).

A hit is served without a database query; personal responses are never stored; publishing,
unpublishing, moving or deleting a page drops at once every cached page that shows it (the
page, its town's and the county's finder, the map's GeoJSON, the calendar and its feed, search
results, the menu), for every client sharing the cache; a conditional GET gets 304.

The world (finders, calendars, a map, one offer and one event) is built once per module; each
test's changes are rolled back and the cache is cleared before each test.
"""

import datetime
import os
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from events.models import EventIndexPage, EventPage
from offers import taxonomy_defaults
from offers.models import MapPage
from portal.clock import BERLIN
from portal.demo import ensure_child
from tests.conftest import base_county
from tests.offers.factories import ContactPointIndexPageFactory, OfferIndexPageFactory, OfferPageFactory

pytestmark = pytest.mark.django_db

START = datetime.datetime.now(tz=BERLIN).replace(microsecond=0) + datetime.timedelta(days=3)


def _publish(page):
    page.save_revision().publish()
    return page


def _event(calendar, title):
    event = EventPage(title=title, slug=title.lower().replace(" ", "-"), start=START, end=START)
    event.end = START + datetime.timedelta(hours=2)
    calendar.add_child(instance=event)
    return _publish(event)


@pytest.fixture(scope="module")
def _world(_county_base, django_db_blocker):
    with django_db_blocker.unblock():
        county, town_a, town_b = base_county(_county_base)
        taxonomy_defaults.load()
        finders = SimpleNamespace(
            county=OfferIndexPageFactory(parent=county),
            a=OfferIndexPageFactory(parent=town_a.page),
            b=OfferIndexPageFactory(parent=town_b.page),
        )
        finders.county.show_in_menus = True
        _publish(finders.county)
        ContactPointIndexPageFactory(parent=county)
        _publish(ensure_child(county, MapPage, {"slug": "karte", "title": {"de": "Karte"}}))
        calendars = {}
        for key, parent in (("county", county), ("a", town_a.page)):
            calendar = EventIndexPage(title="Termine", slug="termine")
            parent.add_child(instance=calendar)
            calendars[key] = _publish(calendar)
        offer = OfferPageFactory(parent=finders.a, title="Sprachcafé Altdorf", categories=["sprachcafe"])
        event = _event(calendars["a"], "Nähcafé Treffen")
        return SimpleNamespace(
            county=county.pk,
            town_a=town_a.page.pk,
            finders={key: page.pk for key, page in vars(finders).items()},
            calendars={key: page.pk for key, page in calendars.items()},
            offer=offer.pk,
            event=event.pk,
        )


@pytest.fixture
def world(_world, db, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.GENERATED_DOCUMENTS_TIMEOUT = 3600  # both layers, as in production
    cache.clear()
    return _world


def page(pk):
    return Page.objects.get(pk=pk).specific


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def state(response):
    return response.headers.get("X-Page-Cache")


def warm(client, url):
    """Two visits: the first stores the page, the second is answered from the cache."""
    get(client, url)
    response = get(client, url)
    assert state(response) == "hit", url
    return response


def test_a_second_anonymous_visit_is_a_hit_without_a_database_query(world, client, django_assert_num_queries):
    first = get(client, "/angebote/")
    assert state(first) == "miss"

    with django_assert_num_queries(0):
        second = get(client, "/angebote/")

    assert state(second) == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage" in second["Cache-Control"]
    assert second["ETag"] == first["ETag"] and second.has_header("Last-Modified")


def test_the_key_is_the_language_and_the_whole_url(world, client):
    warm(client, "/angebote/?category=sprachcafe&sort=title")

    assert state(get(client, "/angebote/?sort=title&category=sprachcafe")) == "hit"  # same query
    assert state(get(client, "/angebote/?category=sprachcafe")) == "miss"
    assert state(get(client, "/en/angebote/?category=sprachcafe&sort=title")) == "miss"
    assert state(get(client, "/angebote/?category=sprachcafe&sort=title", host="other.example")) == "miss"


def test_logged_in_visitors_are_neither_served_nor_stored(world, client, users):
    client.force_login(users["admin"])
    personal = get(client, "/angebote/")
    assert state(personal) is None
    assert "private" in personal["Cache-Control"]

    anonymous = get(Client(), "/angebote/")
    assert state(anonymous) == "miss"
    assert b"userbar" not in anonymous.content


def test_a_visitor_with_messages_or_a_session_passes_by(world, client):
    warm(client, "/angebote/")

    with_messages = Client()
    with_messages.cookies["messages"] = "x"
    assert state(get(with_messages, "/angebote/")) is None
    with_session = Client()
    with_session.cookies["sessionid"] = "abc"
    assert state(get(with_session, "/angebote/")) is None


def test_a_page_with_a_csrf_token_is_not_stored(world, client):
    first = get(client, "/newsletter/")
    assert "csrftoken" in first.cookies
    assert state(first) is None and "private" in first["Cache-Control"]
    assert state(get(client, "/newsletter/")) is None


def test_a_page_under_a_view_restriction_is_not_stored(world, client):
    finder = page(world.finders["b"])
    PageViewRestriction.objects.create(page=finder, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/neudorf/angebote/").status_code == 302
    assert state(client.get("/neudorf/angebote/")) is None
    # Only the restriction keeps it out: the same page without one is stored.
    PageViewRestriction.objects.filter(page=finder).delete()
    assert state(get(client, "/neudorf/angebote/")) == "miss"
    assert state(get(client, "/neudorf/angebote/")) == "hit"


def test_a_preview_is_not_stored(world, client, users):
    editor = Client()
    editor.force_login(users["admin"])
    offer = page(world.offer)
    offer.title = "Entwurf im Vorschau"
    offer.save_revision()
    preview = editor.get(f"/admin/pages/{offer.pk}/edit/preview/")
    assert preview.status_code == 200

    public = get(client, "/altdorf/angebote/sprachcafe-altdorf/")
    assert state(public) == "miss"
    assert b"Entwurf im Vorschau" not in public.content
    assert b"Entwurf im Vorschau" not in get(client, "/altdorf/angebote/").content


def test_a_new_offer_appears_at_once_on_every_page_that_lists_it(world, client):
    urls = ["/altdorf/angebote/", "/angebote/", "/geo/places.geojson", "/suche/?q=Nachhilfe"]
    for url in urls:
        warm(client, url)

    OfferPageFactory(parent=page(world.finders["a"]), title="Nachhilfe Altdorf", categories=["sprachcafe"])

    for url in urls:
        response = get(client, url)
        assert state(response) == "miss", url
        assert "Nachhilfe Altdorf" in response.content.decode(), url


def test_another_towns_finder_and_other_listings_stay_cached(world, client):
    """A publish drops what lists the page, not everything."""
    urls = ["/termine/", "/calendar/all.ics", "/altdorf/angebote/sprachcafe-altdorf/"]
    for url in urls:
        warm(client, url)

    OfferPageFactory(parent=page(world.finders["a"]), title="Nachhilfe Altdorf")

    for url in urls:
        assert state(get(client, url)) == "hit", url


def test_a_new_or_changed_event_appears_on_the_calendar_and_in_the_feed(world, client):
    urls = ["/termine/", "/altdorf/termine/", "/calendar/all.ics"]
    for url in urls:
        warm(client, url)

    _event(page(world.calendars["a"]), "Erzählcafé")
    event = page(world.event)
    event.title = "Nähcafé am Abend"
    _publish(event)

    for url in urls:
        content = get(client, url).content.decode()
        assert "Erzählcafé" in content and "Nähcafé am Abend" in content, url


def test_an_unpublished_offer_disappears_from_every_listing(world, client):
    urls = ["/altdorf/angebote/", "/angebote/", "/geo/places.geojson", "/suche/?q=Sprachcaf%C3%A9"]
    for url in urls:
        assert "Sprachcafé Altdorf" in warm(client, url).content.decode(), url
    warm(client, "/altdorf/angebote/sprachcafe-altdorf/")

    Page.objects.get(pk=world.offer).unpublish()  # as the base class: its type still counts

    for url in urls:
        assert "Sprachcafé Altdorf" not in get(client, url).content.decode(), url
    assert client.get("/altdorf/angebote/sprachcafe-altdorf/").status_code == 404


def test_a_deleted_event_disappears_from_the_calendar_and_the_feed(world, client):
    for url in ("/altdorf/termine/", "/calendar/all.ics"):
        assert "Nähcafé Treffen" in warm(client, url).content.decode()

    page(world.event).delete()

    for url in ("/altdorf/termine/", "/calendar/all.ics"):
        assert "Nähcafé Treffen" not in get(client, url).content.decode()


def test_a_moved_offer_is_listed_by_its_new_town(world, client):
    for url in ("/altdorf/angebote/", "/neudorf/angebote/"):
        warm(client, url)

    page(world.offer).move(page(world.finders["b"]), pos="last-child")

    assert "Sprachcafé Altdorf" not in get(client, "/altdorf/angebote/").content.decode()
    assert get(client, "/neudorf/angebote/sprachcafe-altdorf/")
    assert state(get(client, "/angebote/")) == "miss"


def test_a_new_title_appears_in_the_menu_of_other_pages(world, client):
    assert "Angebote" in warm(client, "/altdorf/").content.decode()

    finder = page(world.finders["county"])
    finder.title = "Hilfe finden"
    _publish(finder)

    assert "Hilfe finden" in get(client, "/altdorf/").content.decode()


def test_a_change_on_one_server_is_seen_through_the_other(world):
    """Two app servers share the cache: what one stores, the other serves; a publish through
    either drops it for both (the state lives in the shared cache, not in a process)."""
    one, two = Client(), Client()
    get(one, "/angebote/")
    assert state(get(two, "/angebote/")) == "hit"

    OfferPageFactory(parent=page(world.finders["county"]), title="Nachhilfe im Kreis")

    assert "Nachhilfe im Kreis" in get(two, "/angebote/").content.decode()
    assert state(get(one, "/angebote/")) == "hit"


@pytest.mark.parametrize("url", ["/angebote/", "/calendar/all.ics", "/open-data/offers.csv"])
def test_a_conditional_get_gets_304(world, client, url):
    first = get(client, url)
    assert first.has_header("ETag") and first.has_header("Last-Modified")

    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304
    assert client.get(url, headers={"if-modified-since": first["Last-Modified"]}).status_code == 304
    assert client.get(url, headers={"if-none-match": '"other"'}).status_code == 200


def test_a_snippet_change_drops_every_page(world, client):
    from offers.models import Category

    warm(client, "/altdorf/angebote/sprachcafe-altdorf/")
    category = Category.objects.get(slug="sprachcafe")
    category.name_de = "Sprachtreff"
    category.save()

    assert state(get(client, "/altdorf/angebote/sprachcafe-altdorf/")) == "miss"


def test_a_draft_leaves_the_cache_alone(world, client):
    warm(client, "/altdorf/angebote/")
    offer = page(world.offer)
    offer.title = "Noch nicht veröffentlicht"
    offer.save_revision()

    assert state(get(client, "/altdorf/angebote/")) == "hit"


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.mark.engine
def test_production_settings_keep_the_page_cache_in_redis(world, settings):
    """Production's cache is Redis (shared by every app server): hits and invalidation there."""
    from portal.settings.cache import redis_caches

    settings.CACHES = redis_caches(REDIS_URL)  # Django's test signals reset the cache handler
    from django.core.cache import caches

    try:
        caches["default"].clear()
        client = Client()
        warm(client, "/angebote/")
        OfferPageFactory(parent=page(world.finders["county"]), title="Nachhilfe in Redis")
        assert "Nachhilfe in Redis" in get(client, "/angebote/").content.decode()
        assert caches["default"].__class__.__name__ == "RedisCache"
    finally:
        caches["default"].clear()


def test_clear_page_cache_drops_every_page(world, client):
    from django.core.management import call_command

    warm(client, "/angebote/")
    call_command("clear_page_cache")

    assert state(get(client, "/angebote/")) == "miss"


def test_the_urls_a_change_affects_for_a_front_cache(world):
    from portal.cache_tags import affected_urls

    urls = affected_urls(page(world.offer))

    for url in ("/altdorf/angebote/sprachcafe-altdorf/", "/altdorf/angebote/", "/angebote/", "/karte/"):
        assert url in urls
    assert "/geo/places.geojson" in urls and "/en/angebote/" in urls
    assert "/termine/" not in urls


# Documents built from many pages (portal/generated_documents.py): kept also without the page cache
# (for logged-in visitors, and whatever their size), until what they list changes.
DOCUMENTS = ["/geo/places.geojson", "/calendar/all.ics", "/open-data/offers.csv"]


@pytest.fixture
def documents(world, settings):
    settings.PAGE_CACHE_ENABLED = False
    return world


@pytest.mark.parametrize("url", DOCUMENTS)
def test_a_document_is_built_once_and_again_after_a_change(documents, client, url, django_assert_num_queries):
    first = get(client, url)
    with django_assert_num_queries(0):
        second = get(client, url)
    assert second.content == first.content and second["ETag"] == first["ETag"]
    assert "public" in second["Cache-Control"]
    assert client.get(url, headers={"if-none-match": second["ETag"]}).status_code == 304

    OfferPageFactory(parent=page(documents.finders["a"]), title="Nachhilfe Altdorf")
    _event(page(documents.calendars["a"]), "Erzählcafé")

    content = get(client, url).content.decode()
    assert ("Erzählcafé" if url.endswith(".ics") else "Nachhilfe Altdorf") in content


def test_documents_are_kept_for_logged_in_visitors_too(
    documents, client, users, django_assert_max_num_queries
):
    client.force_login(users["admin"])
    get(client, "/geo/places.geojson")
    with django_assert_max_num_queries(2):  # the session and the user, no page
        get(client, "/geo/places.geojson")


def test_the_statistics_are_counted_once_until_something_changes(
    documents, client, django_assert_max_num_queries
):
    first = get(client, "/statistik/")
    with django_assert_max_num_queries(3):
        second = get(client, "/statistik/")
    assert second.content == first.content
    _event(page(documents.calendars["a"]), "Erzählcafé")
    assert get(client, "/statistik/").content != first.content
