"""The main menu comes from the page tree (show_in_menus), the footer from registered service
links; /favicon.ico and the web manifest answer on every site."""

import json

import pytest
from django.utils import translation

from offers.models import OfferIndexPage
from portal import navigation
from portal.demo import ensure_child

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(county):
    finder = ensure_child(
        county, OfferIndexPage, {"slug": "angebote", "title": {"de": "Angebote", "ar": "العروض"}}
    )
    hidden = ensure_child(county, OfferIndexPage, {"slug": "intern", "title": {"de": "Intern"}})
    finder.show_in_menus = True
    finder.save_revision().publish()
    return finder, hidden


def test_the_main_menu_lists_the_pages_marked_show_in_menus_in_the_readers_language(sections, client):
    finder, hidden = sections
    html = client.get("/ar/").content.decode()
    menu = html[html.index('class="site-nav"') : html.index("</nav>", html.index('class="site-nav"'))]
    assert 'href="/ar/angebote/"' in menu and "العروض" in menu
    assert "/intern/" not in menu
    # Marking the other page in the admin puts it in the menu: nothing is hard-coded.
    hidden.show_in_menus = True
    hidden.save_revision().publish()
    html = client.get("/ar/").content.decode()
    assert 'href="/ar/intern/" lang="de" dir="ltr">Intern<' in html


def test_the_current_section_is_marked(sections, client):
    finder, _hidden = sections
    html = client.get("/angebote/").content.decode()
    assert '<a href="/angebote/" aria-current="page">Angebote</a>' in html


def test_the_footer_links_the_registered_services_in_the_readers_language(county, client):
    keys = set(navigation._service_links)
    assert {"search", "newsletter", "statistics", "open_data"} <= keys
    with translation.override("en"):
        html = client.get("/en/").content.decode()
    footer = html[html.index("site-footer__services") :]
    assert 'href="/en/search/"' in footer and 'href="/en/newsletter/"' in footer


def test_favicon_and_web_manifest(county, client):
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 301 and favicon["Location"].endswith("portal/icons/favicon.ico")
    manifest = client.get("/site.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = json.loads(manifest.content)
    assert (
        data["name"]
        and data["theme_color"]
        and {icon["sizes"] for icon in data["icons"]} >= {"192x192", "512x512"}
    )
    html = client.get("/").content.decode()
    assert 'rel="icon"' in html and 'rel="manifest" href="/site.webmanifest"' in html
