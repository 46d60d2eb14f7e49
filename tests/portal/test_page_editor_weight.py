"""The page editor's weight: the heaviest kind of offer stays under budget, options cost no queries."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from offers.models import Category, LanguageCode, OfferIndexPage, OfferPage, TargetGroup
from offers.models.offer import OfferHours
from organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

# The heaviest demo offer (four opening-hour rows, a provider, every vocabulary in use) rendered
# 250 kB of HTML before this budget.
BUDGET = 200_000


@pytest.fixture
def heavy_offer(town_a):
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    town_a.page.add_child(instance=finder)
    page = OfferPage(
        title="Integrationskurs am Vormittag",
        slug="integrationskurs-am-vormittag",
        intro="Deutsch lernen und den Alltag kennenlernen, vormittags mit Kinderbetreuung.",
        provider=OrganisationFactory(name="Volkshochschule Kreisstadt"),
        contact_email="kurse@example.org",
        street="Schulstraße 4",
        postcode="12345",
        city="Kreisstadt",
    )
    finder.add_child(instance=page)
    main = Category.objects.create(name="Sprache und Integration", slug="sprache-und-integration")
    for slug in ("integrationskurs", "deutschkurs", "alphabetisierung"):
        Category.objects.create(name=slug.title(), slug=slug, parent=main)
    for weekday in range(4):
        OfferHours.objects.create(
            page=page, weekday=weekday, opens=datetime.time(8, 30), closes=datetime.time(12, 45)
        )
    page.categories.set(Category.objects.filter(parent__isnull=False)[:2])
    page.target_groups.set(TargetGroup.objects.all()[:2])
    page.languages.set(LanguageCode.objects.all()[:2])
    page.save_revision().publish()
    return page


def editor(client, page, **params):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), params)


def test_heaviest_offer_editor_within_budget(heavy_offer, client_for):
    response = editor(client_for("editor_a"), heavy_offer)
    assert response.status_code == 200
    html = response.content.decode()
    assert len(response.content) < BUDGET, f"{len(response.content)} bytes"
    assert html.count('name="opening_hours-') >= 4 * 3  # the rows are all there


def test_editor_queries_do_not_grow_with_the_options(heavy_offer, client_for):
    assert Category.objects.filter(parent__isnull=False).exists()  # the labels name a main category
    client = client_for("editor_a")
    editor(client, heavy_offer)  # caches warmed
    with CaptureQueriesContext(connection) as before:
        first = editor(client, heavy_offer)
    main = Category.objects.create(name="Neu", slug="neu")
    for number in range(10):
        Category.objects.create(name=f"Unterthema {number}", slug=f"unterthema-{number}", parent=main)
        TargetGroup.objects.create(name=f"Gruppe {number}", slug=f"gruppe-{number}")
    with CaptureQueriesContext(connection) as after:
        second = editor(client, heavy_offer)
    assert "Neu › Unterthema 9" in second.content.decode()
    assert first.status_code == second.status_code == 200
    assert len(after.captured_queries) == len(before.captured_queries), [
        query["sql"][:120] for query in after.captured_queries
    ]


def test_json_attributes_and_scripts_survive_compaction(heavy_offer, client_for):
    response = editor(client_for("editor_a"), heavy_offer)
    soup = BeautifulSoup(response.content, "html.parser")
    block_data = json.loads(soup.find(id="body_de")["data-w-block-data-value"])
    assert block_data["_type"] == "wagtail.blocks.StreamBlock"
    sidebar = json.loads(soup.find(id="wagtail-sidebar-props").string)
    assert sidebar["modules"]
    assert "</script" not in soup.find(id="wagtail-sidebar-props").string
    hours = soup.find(id="id_opening_hours-0-opens")
    assert (hours["type"], hours["value"]) == ("time", "08:30")
