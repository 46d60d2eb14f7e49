"""Fixtures of the dashboard tests: two categories, finders and content in the county and two towns."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from offers.models import Category
from tests.offers.factories import (
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
)


@pytest.fixture
def categories(db):
    language = Category.objects.create(name_de="Sprache", name="Sprache", slug="sprache", sort_order=0)
    course = Category.objects.create(
        name_de="Deutschkurs", name="Deutschkurs", slug="deutschkurs", parent=language
    )
    advice = Category.objects.create(name_de="Beratung", name="Beratung", slug="beratung", sort_order=1)
    return SimpleNamespace(language=language, course=course, advice=advice)


def add_calendar(parent):
    calendar = EventIndexPage(title="Termine", slug="termine")
    parent.add_child(instance=calendar)
    calendar.save_revision().publish()
    return calendar


def add_event(calendar, days=7, **kwargs):
    start = timezone.now() + datetime.timedelta(days=days)
    event = EventPage(
        title=f"Termin {calendar.pk}-{days}",
        slug=f"termin-{days}-{EventPage.objects.count()}",
        start=start,
        end=start + datetime.timedelta(hours=1),
        **kwargs,
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()
    return event


def fill_town(page, categories, offers=1, contact_points=1, events=1):
    finder = OfferIndexPageFactory(parent=page)
    for _number in range(offers):
        OfferPageFactory(parent=finder, categories=[categories.course])
    points = ContactPointIndexPageFactory(parent=page)
    for _number in range(contact_points):
        ContactPointPageFactory(parent=points)
    calendar = add_calendar(page)
    for number in range(events):
        add_event(calendar, days=3 + number)


@pytest.fixture
def content(county, town_a, town_b, categories):
    """Town A: 2 language courses (subcategory), 1 advice offer, 1 contact point, 2 events.
    Town B: 1 language course, no advice (a gap), 2 contact points, 1 event. County: 1 advice offer."""
    fill_town(town_a.page, categories, offers=2, events=2)
    OfferPageFactory(
        parent=town_a.page.get_children().type(OfferIndexPageFactory._meta.model).first(),
        categories=[categories.advice],
    )
    fill_town(town_b.page, categories, offers=1, contact_points=2)
    county_finder = OfferIndexPageFactory(parent=county)
    OfferPageFactory(parent=county_finder, categories=[categories.advice])
    return SimpleNamespace(county=county, a=town_a.page, b=town_b.page)
