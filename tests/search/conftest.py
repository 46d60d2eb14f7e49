"""Fixtures of the search tests: a small county with offers, a contact point, an event, pages."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from osmem_server import OsmemServer

from home.factories import ContentPageFactory
from offers import taxonomy_defaults
from organisations.factories import OrganisationFactory
from search import memo
from tests.conftest import base_county
from tests.offers.factories import (
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
)

BACKENDS = ["db", "elasticsearch"]


ELASTICSEARCH_SETTINGS = {
    "ELASTICSEARCH_INDEX": "test",
    "ELASTICSEARCH_TIMEOUT": 15,  # osmem refreshes slowly on a loaded machine
}


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    """Every behaviour case runs against the database backend and against Elasticsearch (osmem)."""
    settings.SEARCH_BACKEND = request.param
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = request.getfixturevalue("osmem_url")
        for name, value in ELASTICSEARCH_SETTINGS.items():
            setattr(settings, name, value)
    return request.param


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def content(county, town_a, town_b, backend):
    return build_content(county, town_a, town_b)


@pytest.fixture(scope="module", params=BACKENDS)
def _module_content(request, _county_base, django_db_blocker):
    """``content`` built and indexed once per module and backend, for modules that opt in.

    Elasticsearch: an osmem server of the module's own whose base holds the index built here;
    every test searches a clone of it (``module_content``), so a test's index changes are gone
    with the clone, as its database changes are with its savepoint."""
    server = None
    overrides = {"SEARCH_BACKEND": request.param}
    if request.param == "elasticsearch":
        server = OsmemServer.start(japanese=request.config.getini("osmem_japanese"))
        overrides.update(ELASTICSEARCH_URL=server.url, **ELASTICSEARCH_SETTINGS)
    try:
        with override_settings(**overrides), django_db_blocker.unblock(), transaction.atomic():
            memo.clear()
            yield request.param, server, build_content(*base_county(_county_base))
            transaction.set_rollback(True)
    finally:
        memo.clear()
        if server is not None:
            server.close()


@pytest.fixture
def module_content(_module_content, db, settings):
    """The module's ``content``, read afresh, on the module's backend (a clone of its index)."""
    backend_name, server, built = _module_content
    settings.SEARCH_BACKEND = backend_name
    clone = None
    if server is not None:
        clone = server.clone()
        settings.ELASTICSEARCH_URL = clone.url
    yield SimpleNamespace(**{name: type(obj).objects.get(pk=obj.pk) for name, obj in vars(built).items()})
    if clone is not None:
        clone.close()


def build_content(county, town_a, town_b):
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
