"""The admin dashboard, its CSV exports and the public statistics page."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from dashboard import registry
from dashboard.figures import safe_cell
from home.models import TownPage
from tests.offers.factories import (
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
)


def _add_towns(county, categories, start, count):
    for number in range(start, start + count):
        town = TownPage(title=f"Ort {number:02d}", slug=f"ort-{number:02d}")
        county.add_child(instance=town)
        town.save_revision().publish()
        OfferPageFactory(parent=OfferIndexPageFactory(parent=town), categories=[categories.course])
        ContactPointPageFactory(parent=ContactPointIndexPageFactory(parent=town))


def _queries(client, url):
    client.get(url)  # fills Wagtail's caches, as any request after a deploy does
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/admin/dashboard/", "statistics"])
def test_constant_number_of_queries_with_5_and_50_towns(url, county, categories, client_for, users):
    url = reverse("statistics") if url == "statistics" else url
    client = client_for("county_editor")
    existing = TownPage.objects.count()
    _add_towns(county, categories, 0, 5 - existing)
    assert TownPage.objects.count() == 5
    few = _queries(client, url)
    _add_towns(county, categories, 5, 45)
    assert TownPage.objects.count() == 50
    many = _queries(client, url)
    assert many == few, f"{few} queries with 5 towns, {many} with 50"


def test_county_editor_sees_every_town(content, client_for):
    page = client_for("county_editor").get(reverse("dashboard")).content.decode()
    assert content.a.title in page
    assert content.b.title in page


def test_town_editor_never_sees_another_towns_figures(content, client_for):
    client = client_for("editor_a")
    page = client.get(reverse("dashboard")).content.decode()
    assert content.a.title in page
    assert content.b.title not in page
    for panel in registry.panels():
        response = client.get(reverse("dashboard_csv", args=[panel.key]))
        assert response.status_code == 200
        text = response.content.decode("utf-8-sig")
        assert content.b.title not in text, panel.key


@pytest.mark.parametrize("role", ["anonymous", "mso_member"])
def test_others_get_no_dashboard(role, content, client_for):
    client = client_for(role)
    assert client.get(reverse("dashboard")).status_code in {302, 403}
    assert client.get(reverse("dashboard_csv", args=["offers"])).status_code in {302, 403}


def test_csv_export_equals_the_table_and_is_formula_safe(content, client_for):
    content.b.title = "=HYPERLINK(1)"
    content.b.save()
    response = client_for("county_editor").get(reverse("dashboard_csv", args=["offers"]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][1:3] == ["Sprache", "Beratung"]
    by_label = {row[0]: row for row in rows[1:]}
    assert by_label[content.a.title][1:4] == ["2", "1", "3"]
    assert by_label["'=HYPERLINK(1)"][1:4] == ["1", "0", "1"]
    assert by_label["'=HYPERLINK(1)"][-1] == "Beratung"
    assert safe_cell("@x") == "'@x"


def test_unknown_panel_is_404(content, client_for):
    assert client_for("county_editor").get(reverse("dashboard_csv", args=["nope"])).status_code == 404


def test_public_statistics_in_every_language(content, client):
    from django.conf import settings

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse("statistics")
        response = client.get(url)
        assert response.status_code == 200, url
        assert content.a.title in response.content.decode()
    with translation.override("en"):
        csv_url = reverse("statistics_csv", args=["offers"])
    assert client.get(csv_url).status_code == 200


def test_open_data_page_links_to_statistics(county, client):
    from offers.models import OpenDataPage

    page = OpenDataPage(title="Offene Daten", slug="offene-daten")
    county.add_child(instance=page)
    page.save_revision().publish()
    assert reverse("statistics") in client.get(page.url).content.decode()
