"""A county editor overrides one finding on one page; the override lapses when the text changes."""

import pytest
from django.urls import reverse

from guidelines.models import Override
from guidelines.services import overrides
from guidelines.services.gate import PublicationBlocked
from offers.models import OfferPage


@pytest.fixture
def blocked(make_offer):
    page = make_offer()
    page.intro = "Die Flüchtlingswelle von 2015 ist Thema der Ausstellung."
    page.save_revision()
    return OfferPage.objects.get(pk=page.pk)


def _index(page):
    findings, _units = overrides.current_findings(page)
    return next(i for i, f in enumerate(findings) if f.severity == "error")


def test_county_editor_overrides_and_page_publishes(blocked, users, client_for):
    client = client_for("county_editor")
    url = reverse("guidelines_page", args=[blocked.pk])
    client.post(url, {"finding": _index(blocked), "reason": "Titel der Ausstellung, ein Zitat."})
    override = Override.objects.get(page=blocked)
    assert (override.created_by, override.reason) == (
        users["county_editor"],
        "Titel der Ausstellung, ein Zitat.",
    )
    OfferPage.objects.get(pk=blocked.pk).get_latest_revision().publish()
    assert OfferPage.objects.get(pk=blocked.pk).intro.startswith("Die Flüchtlingswelle")


def test_override_lapses_when_the_text_changes(blocked, users):
    overrides.grant(blocked, users["county_editor"], _index(blocked), "Zitat")
    page = OfferPage.objects.get(pk=blocked.pk)
    page.intro = "Die Flüchtlingswelle von 2016 ist Thema."
    with pytest.raises(PublicationBlocked):
        page.save_revision().publish()


def test_town_editor_cannot_override(blocked, client_for):
    client = client_for("editor_a")
    response = client.post(reverse("guidelines_page", args=[blocked.pk]), {"finding": 0, "reason": "weil"})
    assert response.status_code != 200  # refused (the admin redirects with a message)
    assert not Override.objects.exists()


def test_override_needs_a_reason(blocked, client_for):
    client = client_for("county_editor")
    response = client.post(
        reverse("guidelines_page", args=[blocked.pk]), {"finding": _index(blocked), "reason": " "}
    )
    assert response.status_code == 200
    assert not Override.objects.exists()
