"""Health check, error pages and the demo data command."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.models import Page

from home.models import ContentPage, TownPage
from organisations.models import Organisation


def test_healthz_reports_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


@pytest.mark.parametrize("code", ["de", "ar"])
def test_server_error_page_in_the_readers_language(client, county, code, monkeypatch):
    from home.models import CountyHomePage

    def explode(self, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(CountyHomePage, "get_context", explode)
    client.raise_request_exception = False
    response = client.get("/" if code == "de" else f"/{code}/")
    assert response.status_code == 500
    html = response.content.decode()
    assert f'lang="{code}"' in html
    with translation.override(code):
        assert translation.gettext("Something went wrong") in html


@override_settings(DEBUG=False)
def test_seed_demo_builds_the_county_and_is_idempotent(db):
    call_command("seed_demo", "--quiet")
    counts = (Page.objects.count(), Organisation.objects.count())
    assert TownPage.objects.count() >= 5
    assert Organisation.objects.filter(kind=Organisation.Kind.MSO).count() >= 2
    welcome = ContentPage.objects.get(slug_de="ankommen")
    assert welcome.title_ar and welcome.title_de_x_ls and welcome.title_en
    assert not welcome.title_fa  # left untranslated on purpose: shows the fallback
    call_command("seed_demo", "--quiet")
    assert (Page.objects.count(), Organisation.objects.count()) == counts
