"""Every language renders the county home and a town page with the right lang/dir and switcher."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation

from home.factories import ContentPageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
RTL = {"ar", "fa"}


def prefix(code):
    return "" if code == settings.LANGUAGE_CODE else f"/{code}"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def town_page(town_a):
    page = town_a.page
    page.intro_de = "Willkommen in Altdorf."
    page.intro_ar = "مرحباً بكم في ألتدورف."
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("path", ["/", "/altdorf/"])
def test_page_renders_with_lang_and_dir(client, town_page, code, path):
    response = client.get(prefix(code) + path)
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == code
    assert html["dir"] == ("rtl" if code in RTL else "ltr")


@pytest.mark.parametrize("code", LANGUAGES)
def test_switcher_links_resolve_to_the_same_page(client, town_page, code):
    response = client.get(prefix(code) + "/altdorf/")
    links = soup(response).select("nav.language-switcher a")
    assert [link["hreflang"] for link in links] == LANGUAGES
    for link in links:
        target = client.get(link["href"])
        assert target.status_code == 200, link["href"]
        assert soup(target).html["lang"] == link["hreflang"]
        assert soup(target).h1.text.strip() == "Altdorf"
    current = [link["hreflang"] for link in links if link.get("aria-current")]
    assert current == [code]


def test_hreflang_alternates_cover_every_language(client, town_page):
    alternates = soup(client.get("/altdorf/")).select('link[rel="alternate"][hreflang]')
    codes = {link["hreflang"] for link in alternates}
    assert codes == {*LANGUAGES, "x-default"}
    assert all(link["href"].startswith("http") for link in alternates)


def test_fallback_note_and_lang_where_translation_is_missing(client, town_page):
    arabic = soup(client.get("/ar/altdorf/"))
    assert arabic.select_one(".intro").text.strip() == "مرحباً بكم في ألتدورف."
    assert not arabic.select(".fallback-note")
    assert arabic.select_one(".intro").get("lang") is None

    russian = soup(client.get("/ru/altdorf/"))
    intro = russian.select_one(".intro")
    assert intro.text.strip() == "Willkommen in Altdorf."
    assert intro["lang"] == "de"
    assert intro["dir"] == "ltr"
    notes = russian.select(".fallback-note")
    assert len(notes) == 1
    with translation.override("ru"):
        expected = translation.gettext(
            "This text is not yet available in your language. It is shown in German."
        )
    assert notes[0].text.strip() == expected


def test_translated_slug_is_used_in_its_language(client, town_a):
    page = ContentPageFactory(parent=town_a.page, title="Ankommen", slug="ankommen")
    page.title_en = "Arriving"
    page.slug_en = "arriving"
    page.save_revision().publish()
    assert client.get("/en/altdorf/arriving/").status_code == 200
    assert client.get("/altdorf/ankommen/").status_code == 200
    links = soup(client.get("/altdorf/ankommen/")).select("nav.language-switcher a")
    assert {link["hreflang"]: link["href"] for link in links}["en"] == "/en/altdorf/arriving/"


@pytest.mark.parametrize("code", LANGUAGES)
def test_not_found_page_in_the_readers_language(client, county, code):
    response = client.get(prefix(code) + "/gibt-es-nicht/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == code
    with translation.override(code):
        assert page.h1.text.strip() == translation.gettext("Page not found")


def test_leichte_sprache_is_its_own_language(client, town_page):
    page = soup(client.get("/de-x-ls/altdorf/"))
    names = [a.text.strip() for a in page.select("nav.language-switcher a")]
    assert "Leichte Sprache" in names
    assert page.html["lang"] == "de-x-ls"
