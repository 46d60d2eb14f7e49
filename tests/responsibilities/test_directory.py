"""“Who does what?”: the public directory, the town pages and who may edit it."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from offers.models import Topic
from responsibilities.models import ResponsibilitiesPage, Responsibility
from responsibilities.services import directory
from tests.offers.factories import ContactPointIndexPageFactory, ContactPointPageFactory


@pytest.fixture
def entries(county, town_a, town_b):
    residence = Topic.objects.create(name_de="Aufenthalt", name="Aufenthalt", slug="aufenthalt", sort_order=0)
    school = Topic.objects.create(name_de="Schule", name="Schule", slug="schule", sort_order=1)
    office = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=county), title="Ausländerbehörde"
    )
    town_office_a = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=town_a.page), title="Bürgerbüro Altdorf"
    )
    town_office_b = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=town_b.page), title="Bürgerbüro Neudorf"
    )
    Responsibility.objects.create(
        topic=residence, level="county", contact_point=office, note="Aufenthaltstitel"
    )
    Responsibility.objects.create(topic=school, level="town", contact_point=town_office_a, town=town_a.page)
    Responsibility.objects.create(topic=school, level="town", contact_point=town_office_b, town=town_b.page)
    page = ResponsibilitiesPage(title="Wer macht was?", slug="wer-macht-was")
    county.add_child(instance=page)
    page.save_revision().publish()
    return SimpleNamespace(page=page, a=town_a.page, b=town_b.page, residence=residence, school=school)


def test_directory_groups_by_topic(entries):
    found = directory()
    assert [entry.topic.slug for entry in found] == ["aufenthalt", "schule"]
    assert len(found[1].responsibilities) == 2
    for_a = directory(entries.a)
    assert [item.contact_point.title for entry in for_a for item in entry.responsibilities] == [
        "Ausländerbehörde",
        "Bürgerbüro Altdorf",
    ]


def test_directory_in_constant_queries(entries):
    with CaptureQueriesContext(connection) as queries:
        directory()
    assert len(queries) == 1


def test_public_page_and_town_filter(entries, client):
    page = client.get(entries.page.url).content.decode()
    assert "Bürgerbüro Altdorf" in page and "Bürgerbüro Neudorf" in page and "Aufenthaltstitel" in page
    filtered = client.get(entries.page.url + "?town=altdorf").content.decode()
    assert "Bürgerbüro Altdorf" in filtered
    assert "Bürgerbüro Neudorf" not in filtered


def test_town_page_shows_its_responsibles(entries, client):
    page = client.get(entries.a.url).content.decode()
    assert "Bürgerbüro Altdorf" in page
    assert "Ausländerbehörde" in page
    assert "Bürgerbüro Neudorf" not in page


def test_unpublished_contact_points_are_not_listed(entries, client):
    Responsibility.objects.get(town=entries.b).contact_point.unpublish()
    assert "Bürgerbüro Neudorf" not in client.get(entries.page.url).content.decode()


@pytest.mark.parametrize(("role", "allowed"), [("editor_a", False), ("county_editor", True), ("admin", True)])
def test_only_the_county_edits_the_directory(role, allowed, entries, client_for):
    item = Responsibility.objects.get(town=entries.a)
    url = reverse("wagtailsnippets_responsibilities_responsibility:edit", args=[item.pk])
    assert (client_for(role).get(url).status_code == 200) is allowed
