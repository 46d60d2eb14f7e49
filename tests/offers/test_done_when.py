"""The issue's scenario: in Arabic, on a phone, every free language course open on Saturdays in
one town — in the finder, on the map and as CSV, the same list."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from offers.models import MapPage

from .factories import OfferPageFactory

SATURDAY = 5


@pytest.fixture
def courses(offer_finders, county):
    map_page = MapPage(title="Karte", slug="karte")
    county.add_child(instance=map_page)
    map_page.save_revision().publish()
    wanted = OfferPageFactory(
        parent=offer_finders.a,
        title="Deutsch am Samstag",
        title_ar="الألمانية يوم السبت",
        categories=["deutschkurs"],
        hours=[(SATURDAY, "10:00", "12:00")],
    )
    OfferPageFactory(
        parent=offer_finders.a,
        title="Deutsch am Montag",
        categories=["deutschkurs"],
        hours=[(0, "10:00", "12:00")],
    )
    OfferPageFactory(
        parent=offer_finders.a,
        title="Deutsch für Geld",
        categories=["deutschkurs"],
        cost="fee",
        fee_amount=30,
        hours=[(SATURDAY, "10:00", "12:00")],
    )
    OfferPageFactory(
        parent=offer_finders.a,
        title="Fußball am Samstag",
        categories=["sport"],
        hours=[(SATURDAY, "10:00", "12:00")],
    )
    OfferPageFactory(
        parent=offer_finders.b,
        title="Deutsch in Neudorf",
        categories=["deutschkurs"],
        hours=[(SATURDAY, "10:00", "12:00")],
    )
    return wanted


def test_finder_map_and_csv_show_the_same_list(client, courses):
    response = client.get("/ar/altdorf/angebote/?category=sprache&free=on&day=5")
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["dir"] == "rtl"
    assert [a.text.strip() for a in page.select(".result-list .card__title a")] == ["الألمانية يوم السبت"]
    map_link, csv_link = [a["href"] for a in page.select(".finder__exports a")]

    on_map = BeautifulSoup(client.get(map_link).content, "html.parser")
    assert [a.text.strip() for a in on_map.select(".place-list a")] == ["الألمانية يوم السبت"]

    download = client.get(csv_link)
    rows = list(csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode().lstrip("\ufeff"))))
    assert [int(row["id"]) for row in rows] == [courses.pk]
