"""Fixtures of the search tests: a small county with offers, a contact point, an event, pages."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from home.factories import ContentPageFactory
from offers import taxonomy_defaults
from organisations.factories import OrganisationFactory
from tests.offers.factories import (
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
)

BACKENDS = ["db", "elasticsearch"]


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    """Every behaviour case runs against the database backend and against Elasticsearch (osmem)."""
    settings.SEARCH_BACKEND = request.param
    if request.param == "elasticsearch":
        server = request.getfixturevalue("osmem_url")
        settings.ELASTICSEARCH_URL = server
        settings.ELASTICSEARCH_INDEX = "test"
        settings.ELASTICSEARCH_TIMEOUT = 15  # osmem refreshes slowly on a loaded machine
    return request.param


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def content(county, town_a, town_b, backend):
    from events.models import EventIndexPage, EventPage

    taxonomy_defaults.load()
    finder = OfferIndexPageFactory(parent=county)
    finder_a = OfferIndexPageFactory(parent=town_a.page)
    course = OfferPageFactory(
        parent=finder_a,
        title="Sprachkurs für Frauen",
        intro="Deutsch lernen mit Kinderbetreuung in der Volkshochschule.",
        categories=["sprache"],
        languages=["ar"],
        cost="free",
    )
    course.title_ar = "دورة لغة للنساء"
    course.intro_ar = "تعلم اللغة الألمانية مع رعاية الأطفال."
    course = publish(course)
    counselling = OfferPageFactory(
        parent=finder,
        title="Beratung für Zugewanderte",
        intro="Migrationsberatung zu Aufenthalt, Arbeit und Wohnung.",
        cost="fee",
        fee_note="5 Euro",
    )
    kita = OfferPageFactory(
        parent=finder_a, title="Kindertagesstätte Sonnenschein", intro="Plätze für Kinder ab 1 Jahr."
    )
    hidden = OfferPageFactory(parent=finder, title="Geheimer Sprachkurs", intro="Entwurf.", live=False)
    contact = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=town_b.page),
        title="Ausländerbehörde Neudorf",
        intro="Aufenthaltstitel und Einbürgerung.",
        city="Neudorf",
    )
    calendar = EventIndexPage(title="Termine", slug="termine")
    county.add_child(instance=calendar)
    publish(calendar)
    start = timezone.make_aware(datetime.datetime(2026, 12, 10, 18, 0))
    event = EventPage(
        title="Sprachcafé im Advent",
        slug="sprachcafe",
        intro="Deutsch sprechen bei Tee und Gebäck.",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    calendar.add_child(instance=event)
    event = publish(event)
    page = ContentPageFactory(
        parent=town_a.page, title="Ankommen in Altdorf", intro="Die ersten Schritte nach dem Umzug."
    )
    page = publish(page)
    organisation = OrganisationFactory(
        name="Kreisvolkshochschule", kind="public_body", description="Kurse für alle."
    )
    organisation.save_revision().publish()
    return SimpleNamespace(
        course=course,
        counselling=counselling,
        kita=kita,
        hidden=hidden,
        event=event,
        page=page,
        organisation=organisation,
        finder=finder,
        contact=contact,
    )
