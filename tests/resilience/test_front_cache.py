"""Varnish in front of two gunicorn app servers (production settings), one PostgreSQL, one Redis.

Started once for the module (benchmarks/front_cache_servers.py, as `make front-cache` does) on
the test database; this process publishes through Wagtail's revision API on the same database
and Redis, like app server 1 would, and its purge goes to the real Varnish. A change is visible
through the cache and through the other app server with the very next request.

Needs Debian's varnish (`make front-cache-deps`, part of `make test`): skipped without it on a
developer's machine, a failure in CI. Runs on PostgreSQL only (the servers share the database;
SQLite's test database lives in this process's memory).
"""

import http.client
import os
import re
from concurrent.futures import ThreadPoolExecutor, wait
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page

from benchmarks.front_cache_servers import FrontCacheStack, varnish_binary
from offers import taxonomy_defaults
from portal import tenancy
from portal.factories import UserFactory
from portal.settings.cache import redis_caches
from tests.conftest import IN_CI, ensure_wagtail_root
from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory

# A Redis database per xdist worker (each worker has its own test database and, when this
# module's tests are spread over both, its own servers): 15 for gw0, 14 for gw1, ...
_BASE_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
_BASE, _DB = _BASE_REDIS_URL.rsplit("/", 1)
REDIS_URL = f"{_BASE}/{max(int(_DB) - _WORKER, 0)}"
PASSWORD = "kreisnetz-demo"  # noqa: S105 - a test user's

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="the app servers share the database: PostgreSQL only (runs in the engine pass)",
)


def _database_url():
    params = connection.settings_dict
    credentials = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    return (
        f"postgres://{credentials}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{params['NAME']}"
    )


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body
        self.text = body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name.lower())

    def cookies(self):
        jar = {}
        for name, value in self.headers.get("_set_cookie", []):
            jar[name] = value
        return jar


def fetch(base_url, path, method="GET", headers=None, body=None):
    host, port = base_url.removeprefix("http://").split(":")
    client = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        client.request(method, path, body=body, headers=headers or {})
        response = client.getresponse()
        headers_out = {name.lower(): value for name, value in response.getheaders()}
        headers_out["_set_cookie"] = [
            tuple(value.split(";", 1)[0].split("=", 1))
            for name, value in response.getheaders()
            if name.lower() == "set-cookie"
        ]
        return Response(response.status, headers_out, response.read())
    finally:
        client.close()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    if varnish_binary() is None:
        message = "varnishd is not installed (make front-cache-deps)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    with django_db_blocker.unblock(), override_settings(CACHES=redis_caches(REDIS_URL)):
        cache.clear()
        stack = FrontCacheStack(_database_url(), REDIS_URL)
        with ThreadPoolExecutor(1) as pool:
            started = pool.submit(stack.start)  # collectstatic and the servers, while the data is built
            try:
                translation.activate("de")
                ensure_wagtail_root()
                county = tenancy.setup_county("Landkreis Testhausen")
                town = tenancy.create_town("Altdorf")
                taxonomy_defaults.load()
                county_finder = OfferIndexPageFactory(parent=county)
                finder = OfferIndexPageFactory(parent=town.page)
                offers = [
                    OfferPageFactory(parent=finder, title="Sprachcafé"),
                    OfferPageFactory(parent=finder, title="Nähcafé"),
                ]
                with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"]):
                    UserFactory(username="redaktion", is_superuser=True, is_staff=True, password=PASSWORD)
                started.result()
                backends = {
                    "varnish1": {"BACKEND": "portal.front_cache.VarnishBackend", "LOCATION": stack.cache_url}
                }
                with override_settings(WAGTAILFRONTENDCACHE=backends):
                    yield {
                        "stack": stack,
                        "cache": stack.cache_url,
                        "app1": stack.app_urls[0],
                        "app2": stack.app_urls[1],
                        "offers": [offer.pk for offer in offers],
                        "finder": finder.url,
                        "finder_pk": finder.pk,
                        "county_finder": county_finder.url,
                    }
            finally:
                wait([started])
                stack.stop()
                cache.clear()
                call_command(
                    "flush", verbosity=0, interactive=False, reset_sequences=False, allow_cascade=False
                )
                ensure_wagtail_root()
                translation.activate("de")


def _offer(pk):
    return Page.objects.get(pk=pk).specific


def _english(page):
    with translation.override("en"):
        return page.get_url()


def test_an_anonymous_page_is_served_from_the_cache(world):
    url = _offer(world["offers"][0]).url
    first = fetch(world["cache"], url)
    second = fetch(world["cache"], url)

    assert first.status == second.status == 200
    assert first.header("X-Cache") == "MISS"
    assert second.header("X-Cache") == "HIT"
    assert second.header("Age") is not None
    assert second.body == first.body
    # The labels for the bans stay inside the cache.
    assert second.header("X-Page-Id") is None
    assert fetch(world["app1"], url).header("X-Page-Id") == str(world["offers"][0])


def test_tracking_cookies_and_parameters_do_not_split_the_cache(world):
    url = world["county_finder"]
    fetch(world["cache"], url)
    tracked = fetch(
        world["cache"], url + "?utm_source=newsletter", headers={"Cookie": "_ga=GA1.2.3; csrftoken=x"}
    )

    assert tracked.header("X-Cache") == "HIT"


def test_a_publish_is_visible_through_the_cache_and_the_other_server_at_once(world):
    offer = _offer(world["offers"][0])
    url = offer.url
    watched = [url, _english(offer), world["finder"], world["county_finder"], "/suche/?q=Sprachcaf%C3%A9"]
    for path in watched:
        fetch(world["cache"], path)
        assert fetch(world["cache"], path).header("X-Cache") == "HIT", path
    assert "Sprachcafé am Abend" not in fetch(world["app2"], url).text

    offer.title = "Sprachcafé am Abend"
    offer.save_revision().publish()

    # The very next request, no waiting: through the front cache and on the other app server.
    through_cache = fetch(world["cache"], url)
    assert through_cache.header("X-Cache") == "MISS"
    assert "Sprachcafé am Abend" in through_cache.text
    assert "Sprachcafé am Abend" in fetch(world["app2"], url).text
    assert "Sprachcafé am Abend" in fetch(world["app1"], url).text
    # What lists it, and its other language versions.
    assert "Sprachcafé am Abend" in fetch(world["cache"], world["finder"]).text
    assert "Sprachcafé am Abend" in fetch(world["cache"], world["county_finder"]).text
    assert fetch(world["cache"], _english(offer)).header("X-Cache") == "MISS"
    assert fetch(world["cache"], "/suche/?q=Sprachcaf%C3%A9").header("X-Cache") == "MISS"


def test_an_unpublished_page_disappears(world):
    offer = _offer(world["offers"][1])
    url = offer.url
    for path in (url, world["finder"]):
        fetch(world["cache"], path)
    assert fetch(world["cache"], url).header("X-Cache") == "HIT"
    assert "Nähcafé" in fetch(world["cache"], world["finder"]).text

    offer.unpublish()

    assert fetch(world["cache"], url).status == 404
    assert fetch(world["app2"], url).status == 404
    assert "Nähcafé" not in fetch(world["cache"], world["finder"]).text


def test_a_new_page_replaces_the_cached_not_found_at_its_address(world):
    finder = Page.objects.get(pk=world["finder_pk"])
    url = world["finder"] + "kochkurs/"
    fetch(world["cache"], url)
    assert fetch(world["cache"], url).status == 404
    assert fetch(world["cache"], url).header("X-Cache") == "HIT"

    OfferPageFactory(parent=finder, title="Kochkurs")

    assert fetch(world["cache"], url).status == 200


def _log_in(base_url):
    form = fetch(base_url, "/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    csrf = form.cookies()["csrftoken"]
    done = fetch(
        base_url,
        "/admin/login/",
        method="POST",
        headers={"Cookie": f"csrftoken={csrf}", "Content-Type": "application/x-www-form-urlencoded"},
        body=urlencode({"csrfmiddlewaretoken": token, "username": "redaktion", "password": PASSWORD}),
    )
    assert done.status == 302, done.text[:500]
    return done.cookies()["sessionid"]


def test_logged_in_visitors_bypass_the_cache(world):
    url = world["county_finder"]
    fetch(world["cache"], url)
    anonymous = fetch(world["cache"], url)
    session = _log_in(world["cache"])
    logged_in = fetch(world["cache"], url, headers={"Cookie": f"_ga=1; sessionid={session}"})

    assert anonymous.header("X-Cache") == "HIT"
    assert "wagtail-userbar" not in anonymous.text
    assert logged_in.header("X-Cache") == "PASS"
    assert "wagtail-userbar" in logged_in.text
    # ... and what they saw is not served to the next anonymous visitor.
    again = fetch(world["cache"], url)
    assert again.header("X-Cache") == "HIT"
    assert "wagtail-userbar" not in again.text


def test_post_bypasses_the_cache(world):
    url = world["county_finder"]
    fetch(world["cache"], url)
    posted = fetch(world["cache"], url, method="POST", body="a=1", headers={"Content-Type": "text/plain"})

    assert posted.header("X-Cache") == "PASS"
    assert posted.status == 403  # no CSRF token: the app answered, not the cache
    after = fetch(world["cache"], url)
    assert after.status == 200
    assert after.header("X-Cache") == "HIT"


def test_the_admin_is_never_cached(world):
    assert fetch(world["cache"], "/admin/login/").header("X-Cache") == "PASS"
    assert fetch(world["cache"], "/admin/login/").header("X-Cache") == "PASS"
