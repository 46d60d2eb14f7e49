"""Routing by translated slug (portal/routing.py): the same pages as before, by an indexed lookup.

Under Altdorf's offer finder: "beratung" (German slug only), "sprachcafe" (English slug
"language-cafe"), "leer" (English slug empty: German applies), "entwurf" (unpublished), and ten
plain sibling pages; a test adds 190 more where it compares the cost with many siblings. Built
once per module; each test's changes are rolled back.
"""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, get_page_models
from wagtail_modeltranslation.patch_wagtailadmin import _new_route

from portal import routing
from tests.bulk_pages import add_siblings
from tests.conftest import base_county
from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory

pytestmark = pytest.mark.engine

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "de"]
FINDER = "/altdorf/angebote"


@pytest.fixture(scope="module")
def _world(_county_base, django_db_blocker):
    with django_db_blocker.unblock():
        county, town_a, _town_b = base_county(_county_base)
        finder = OfferIndexPageFactory(parent=town_a.page)
        offers = {
            slug: OfferPageFactory(parent=finder, title=title, slug=slug, live=slug != "entwurf").pk
            for slug, title in (
                ("beratung", "Beratung"),
                ("sprachcafe", "Sprachcafé"),
                ("leer", "Leer"),
                ("entwurf", "Entwurf"),
            )
        }
        Page.objects.filter(pk=offers["sprachcafe"]).update(
            slug_en="language-cafe", url_path_en=f"{finder.url_path}language-cafe/"
        )
        Page.objects.filter(pk=offers["leer"]).update(slug_en="")
        add_siblings(finder, 10)
        return SimpleNamespace(county=county.pk, finder=finder.pk, offers=offers)


@pytest.fixture
def world(_world, db):
    return _world


def _status(client, path):
    return client.get(path).status_code


def test_german_slug_resolves(client, world):
    assert _status(client, f"{FINDER}/beratung/") == 200
    assert _status(client, f"{FINDER}/sprachcafe/") == 200


def test_translated_slug_resolves_in_its_language_only(client, world):
    assert _status(client, f"/en{FINDER}/language-cafe/") == 200
    assert _status(client, f"/en{FINDER}/sprachcafe/") == 404  # the English slug replaces the German one
    assert _status(client, f"{FINDER}/language-cafe/") == 404


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_untranslated_slug_falls_back_to_german(client, world, language):
    assert _status(client, f"/{language}{FINDER}/beratung/") == 200
    assert _status(client, f"/{language}{FINDER}/leer/") == 200


@pytest.mark.parametrize(
    "path",
    [f"{FINDER}/unbekannt/", f"{FINDER}/entwurf/", f"{FINDER}/beratung/weiter/", "/unbekannt/angebote/"],
)
def test_unknown_or_unpublished_page_is_404(client, world, path):
    assert _status(client, path) == 404


PATHS = [
    "",
    "altdorf",
    "altdorf/angebote",
    "altdorf/angebote/beratung",
    "altdorf/angebote/sprachcafe",
    "altdorf/angebote/language-cafe",
    "altdorf/angebote/leer",
    "altdorf/angebote/entwurf",
    "altdorf/angebote/geschwister-00007",
    "altdorf/angebote/unbekannt",
    "altdorf/angebote/beratung/weiter",
    "neudorf",
    "neudorf/angebote",
]


def _routes(county, language):
    """{path: (page id, args) or 404} as ``route`` answers for the county's site."""
    request = RequestFactory().get("/")
    results = {}
    with translation.override(language):
        for path in PATHS:
            try:
                result = county.route(request, [part for part in path.split("/") if part])
                results[path] = (result.page.pk, result.args, result.kwargs)
            except Http404:
                results[path] = 404
    return results


@pytest.mark.parametrize("language", ["de", "en", "uk", "de-x-ls"])
def test_same_pages_as_wagtail_modeltranslations_route(world, monkeypatch, language):
    county = Page.objects.get(pk=world.county).specific
    ours = _routes(county, language)
    for model in [Page, *get_page_models()]:
        if model.__dict__.get("route") is routing.route:
            monkeypatch.setattr(model, "route", _new_route)

    assert ours == _routes(county, language)
    assert ours["altdorf/angebote/beratung"] != 404


def _route_queries(county, components):
    with CaptureQueriesContext(connection) as queries:
        county.route(None, components)
    return len(queries)


@pytest.mark.parametrize("language", ["de", "en"])
def test_routing_cost_does_not_grow_with_siblings(world, language):
    county = Page.objects.get(pk=world.county).specific
    components = ["altdorf", "angebote", "beratung"]
    with translation.override(language):
        with_10 = _route_queries(county, components)
        add_siblings(Page.objects.get(pk=world.finder), 190)
        with_200 = _route_queries(county, components)

    assert with_10 == with_200 == 2  # the pages of the path, then the page shown


def test_routed_page_knows_its_ancestors(world, django_assert_num_queries):
    county = Page.objects.get(pk=world.county).specific
    page = county.route(None, ["altdorf", "angebote", "beratung"]).page

    with django_assert_num_queries(0):
        ancestors = page.ancestors
        parent = page.get_parent()

    assert [ancestor.pk for ancestor in ancestors] == list(
        Page.objects.ancestor_of(page).filter(depth__gt=1).values_list("pk", flat=True)
    )
    assert parent.pk == world.finder


def test_routing_query_uses_the_slug_indexes(world):
    """With 2,000 siblings the lookup's plan names the index of the active language's slug column."""
    finder = Page.objects.get(pk=world.finder)
    add_siblings(finder, 2000 if connection.vendor == "postgresql" else 200)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailcore_page")
    town = finder.get_parent()
    for language in ("de", "en"):
        with translation.override(language):
            plan = routing.candidates_query(town, ["angebote", "beratung"]).explain()
        assert routing.slug_index_name(f"slug_{language}") in plan, plan
