"""Reading what the public pages show: result cards, notices and JSON-LD."""

import json

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def listed_slugs(response):
    """Slugs of the places on a finder result page, in the order shown."""
    links = soup(response).select("ul.result-list li.place-card .card__title a[href]")
    return [link["href"].rstrip("/").rsplit("/", 1)[-1] for link in links]


def open_now_slugs(response):
    cards = soup(response).select("ul.result-list li.place-card")
    return {
        card.select_one(".card__title a")["href"].rstrip("/").rsplit("/", 1)[-1]
        for card in cards
        if card.select_one(".tag--open")
    }


def notices(response):
    return [item.get_text(" ", strip=True) for item in soup(response).select(".notice[role=status] li")]


def json_ld(response):
    """The page's schema.org data (exactly one JSON-LD script is expected)."""
    scripts = soup(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1, f"expected one JSON-LD script, found {len(scripts)}"
    return json.loads(scripts[0].string)
