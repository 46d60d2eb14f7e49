"""What a change of a page makes stale in the front cache (portal/front_cache.py), without servers.

The same purge through a real Varnish and two app servers: tests/resilience/test_front_cache.py.
"""

import logging
import re
import socket

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from wagtail.models import Page

from offers import taxonomy_defaults
from portal import front_cache
from tests.conftest import base_county
from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def _tree(_county_base, django_db_blocker):
    """County and town finders and one offer, built once in the module's county transaction."""
    with django_db_blocker.unblock():
        county, town_a, town_b = base_county(_county_base)
        taxonomy_defaults.load()
        finder_a = OfferIndexPageFactory(parent=town_a.page)
        pages = {
            "county": county,
            "county_finder": OfferIndexPageFactory(parent=county),
            "town_a": town_a.page,
            "finder_a": finder_a,
            "town_b": town_b.page,
            "finder_b": OfferIndexPageFactory(parent=town_b.page),
            "offer": OfferPageFactory(parent=finder_a, title="Sprachcafé"),
        }
        return {key: page.pk for key, page in pages.items()}


@pytest.fixture
def tree(_tree, db):
    return {key: Page.objects.get(pk=pk).specific for key, pk in _tree.items()}


def _matches(header, value):
    return re.search(header, value) is not None


def test_an_offer_makes_itself_its_finder_town_county_and_county_listings_stale(tree):
    purge = front_cache.stale_after_change(tree["offer"])

    assert purge.page_paths == {tree["offer"].path}
    listed_on = {tree[key].pk for key in ("county", "county_finder", "town_a", "finder_a")}
    assert listed_on <= purge.page_ids
    # Another town's finder does not list it; another offer is untouched.
    assert tree["finder_b"].pk not in purge.page_ids
    assert tree["offer"].pk not in purge.page_ids  # by its tree path, with what is below it


def test_the_ban_headers_match_the_page_in_every_language_and_the_listing_views(tree):
    headers = front_cache.stale_after_change(tree["offer"]).ban_headers()

    assert _matches(headers["X-Ban-Page-Path"], tree["offer"].path)
    assert _matches(headers["X-Ban-Page-Path"], tree["offer"].path + "0001")  # a page below it
    assert not _matches(headers["X-Ban-Page-Path"], tree["finder_a"].path)
    assert _matches(headers["X-Ban-Page-Id"], str(tree["finder_a"].pk))
    assert not _matches(headers["X-Ban-Page-Id"], str(tree["finder_b"].pk))
    assert not _matches(headers["X-Ban-Page-Id"], f"1{tree['finder_a'].pk}")  # whole ids only
    for url in (
        "/suche/?q=Sprachkurs",
        "/en/search/?q=language",
        "/geo/places.geojson",
        "/calendar/all.ics",
        "/open-data/offers.csv",
        "/stories/rss.xml",
        "/api/v2/pages/?type=offers.OfferPage",
    ):
        assert _matches(headers["X-Ban-Url"], url), url
    # Its own addresses (a "not found" cached before its first publish), in every language.
    assert _matches(headers["X-Ban-Url"], "/altdorf/angebote/sprachcafe/")
    assert _matches(headers["X-Ban-Url"], "/en/altdorf/angebote/sprachcafe/?x=1")
    assert not _matches(headers["X-Ban-Url"], "/altdorf/angebote/sprachcafe-2/")
    assert not _matches(headers["X-Ban-Url"], "/altdorf/angebote/")
    for value in headers.values():
        assert " " not in value  # Varnish's ban expression takes it as one argument
        assert "\\" not in value  # its parser reads backslashes as escapes


def test_caches_that_cannot_ban_get_the_urls_in_every_language(tree):
    purge = front_cache.stale_after_change(tree["offer"])
    offer_urls = {url for url in purge.urls if url.endswith("/sprachcafe/")}

    assert any("/en/" not in url and "/altdorf/angebote/sprachcafe/" in url for url in offer_urls)
    assert any("/en/altdorf/" in url for url in offer_urls)
    assert any("/ar/altdorf/" in url for url in offer_urls)
    assert len(offer_urls) == len(front_cache.language_codes())
    assert not any(
        url.endswith("/altdorf/")
        for url in front_cache.stale_after_change(tree["offer"], with_urls=False).urls
    )


def test_the_county_home_covers_everything_below_it(tree):
    purge = front_cache.stale_after_change(tree["county"])

    for key in ("county_finder", "town_a", "finder_b", "offer"):
        assert purge.covers(tree[key])


def test_a_publish_is_sent_after_the_commit_and_a_cache_that_is_down_does_not_stop_it(
    tree, django_capture_on_commit_callbacks, caplog
):
    location = f"http://127.0.0.1:{_closed_port()}"
    backends = {"varnish1": {"BACKEND": "portal.front_cache.VarnishBackend", "LOCATION": location}}
    offer = tree["offer"]
    offer.title = "Sprachcafé am Abend"
    with (
        override_settings(WAGTAILFRONTENDCACHE=backends),
        caplog.at_level(logging.ERROR, logger="kreisnetz.front_cache"),
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        offer.save_revision().publish()
        assert not any("could not ban" in record.getMessage() for record in caplog.records)

    assert callbacks  # sent on commit, not inside the publishing transaction
    offer.refresh_from_db()
    assert offer.title == "Sprachcafé am Abend"
    assert any("could not ban" in record.getMessage() for record in caplog.records)


def test_nothing_is_collected_without_a_front_cache(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        tree["offer"].save_revision().publish()
    assert front_cache._flush not in callbacks


def test_page_responses_are_labelled_with_their_page(tree):
    request = RequestFactory().get("/")
    front_cache.label_page(tree["offer"], request, (), {})
    response = front_cache.PageLabelMiddleware(lambda request: HttpResponse())(request)
    assert response["X-Page-Id"] == str(tree["offer"].pk)
    assert response["X-Page-Path"] == tree["offer"].path
