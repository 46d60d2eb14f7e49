"""Every page, in every language, links the legal pages and the Leichte Sprache start page."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.factories import ContentPageFactory


def _footer_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a["href"]: a for a in soup.select(".site-footer__legal a")}


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_footer_links_on_pages_and_views(code, legal, county, client):
    page = ContentPageFactory(parent=county, title="Über uns")
    page.save_revision().publish()
    with translation.override(code):
        urls = [page.get_url(), reverse("statistics"), reverse("newsletter_subscribe")]
        easy = legal.easy_language.specific
    with translation.override(settings.LEICHTE_SPRACHE):
        easy_url = easy.get_url()
    for url in urls:
        links = _footer_links(client.get(url))
        assert len(links) == 5, url
        assert links[easy_url]["hreflang"] == settings.LEICHTE_SPRACHE
        assert easy_url.startswith(f"/{settings.LEICHTE_SPRACHE}/")


def test_every_legal_page_answers(legal, client):
    for key in ("imprint", "privacy", "accessibility", "easy_language", "sign_language"):
        assert client.get(getattr(legal, key).url).status_code == 200, key


def test_footer_follows_a_changed_setting(legal, client, county):
    legal.imprint = None
    legal.save()
    links = _footer_links(client.get(county.url))
    assert len(links) == 4
