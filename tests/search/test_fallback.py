"""Elasticsearch unreachable or slow: the database answers with a notice, /healthz says so."""

import logging

import pytest
from django.urls import reverse
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db

UNREACHABLE = "http://127.0.0.1:9"  # discard port: connection refused at once


@pytest.fixture
def unreachable(settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = UNREACHABLE
    settings.ELASTICSEARCH_TIMEOUT = 1


@pytest.fixture(params=["db"])
def backend(request, settings):
    """Content is indexed into the database only (the engine is down from the start)."""
    settings.SEARCH_BACKEND = "db"
    return "db"


def test_search_falls_back_to_the_database_with_a_notice(content, unreachable, client, caplog):
    with caplog.at_level(logging.WARNING, logger="kreisnetz.search"):
        response = client.get(reverse("search"), {"q": "Sprachkurs"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sprachkurs für Frauen" in html
    assert gettext("Search is limited at the moment. The results may be incomplete.") in html
    assert any("unavailable" in record.getMessage() for record in caplog.records)


def test_publishing_while_the_engine_is_down_does_not_fail(content, unreachable):
    content.counselling.title = "Beratung neu"
    content.counselling.save_revision().publish()


def test_healthz_reports_the_engine_state(unreachable, client, db):
    data = client.get("/healthz").json()
    assert data["search"] == "unavailable"
    assert data["search_backend"] == "elasticsearch"
