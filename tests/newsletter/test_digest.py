"""Digest contents: sections, language, towns, only public live pages; the preview page shows the same."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsletter.models import Digest
from newsletter.services.digest import build_digest
from newsletter.services.sending import render_digest
from tests.events.conftest import calendars, make_event  # noqa: F401 - fixtures
from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory


@pytest.fixture
def finders(county, town_a, town_b):
    return {
        "county": OfferIndexPageFactory(parent=county),
        "a": OfferIndexPageFactory(parent=town_a.page),
        "b": OfferIndexPageFactory(parent=town_b.page),
    }


@pytest.fixture
def content(finders, make_event):  # noqa: F811 - pytest fixture
    """Trainings, events and offers of every kind a digest must include or leave out."""
    make_event("county", title="Schulung Kreis", kind="training", training_audience="staff", title_ar="تدريب")
    make_event("b", title="Schulung Neudorf", kind="training", training_audience="volunteers")
    make_event("a", title="Sprachcafé Altdorf", recurrence="FREQ=WEEKLY;BYDAY=WE")
    make_event("b", title="Fußball Neudorf", kind="sport")
    make_event("a", title="Abgesagt", status="cancelled")
    make_event("a", title="Entwurf", publish=False)
    make_event("a", title="In drei Monaten", start=timezone.now() + datetime.timedelta(days=90))
    OfferPageFactory(parent=finders["a"], title="Neues Angebot Altdorf", title_ar="عرض جديد")
    OfferPageFactory(parent=finders["b"], title="Neues Angebot Neudorf")
    OfferPageFactory(parent=finders["county"], title="Neues Kreisangebot")
    OfferPageFactory(parent=finders["a"], title="Unveröffentlicht", live=False)
    old = OfferPageFactory(parent=finders["a"], title="Altes Angebot")
    type(old).objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=60)
    )
    private = OfferIndexPageFactory(parent=finders["county"].get_parent(), title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    OfferPageFactory(parent=private, title="Nur intern")


def titles(digest):
    return {section.key: sorted(str(item.title) for item in section.items) for section in digest.sections}


def test_sections_hold_only_public_live_and_current_things(content):
    assert titles(build_digest("de")) == {
        "trainings": ["Schulung Kreis", "Schulung Neudorf"],
        "offers": ["Neues Angebot Altdorf", "Neues Angebot Neudorf", "Neues Kreisangebot"],
        "events": ["Fußball Neudorf", "Sprachcafé Altdorf"],
    }


def test_towns_of_interest_keep_county_wide_items(content, town_a):
    assert titles(build_digest("de", towns=[town_a.page])) == {
        "trainings": ["Schulung Kreis"],
        "offers": ["Neues Angebot Altdorf", "Neues Kreisangebot"],
        "events": ["Sprachcafé Altdorf"],
    }


def test_titles_in_the_readers_language_with_marked_fallback(content):
    digest = build_digest("ar")
    shown = titles(digest)
    assert "تدريب" in shown["trainings"]
    assert "عرض جديد" in shown["offers"]
    _subject, _text, html = render_digest(digest)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "ar"
    assert soup.html["dir"] == "rtl"
    fallback = soup.find("a", string="Schulung Neudorf")
    assert fallback["lang"] == "de"
    assert fallback["dir"] == "ltr"


def test_new_offers_are_those_since_the_last_digest(content):
    Digest.objects.create(sent_at=timezone.now(), since=timezone.now() - datetime.timedelta(days=7))
    assert titles(build_digest("de"))["offers"] == []
    assert (
        "Altes Angebot"
        in titles(build_digest("de", since=timezone.now() - datetime.timedelta(days=90)))["offers"]
    )


def test_links_are_absolute_and_in_the_readers_language(content):
    digest = build_digest("en")
    urls = [item.url for section in digest.sections for item in section.items]
    assert urls
    assert all(url.startswith("http://testserver/en/") for url in urls), urls


def test_plain_text_has_every_item_and_no_html(content):
    _subject, text, _html = render_digest(build_digest("de"))
    assert "Schulung Kreis" in text
    assert "http://testserver/angebote/neues-kreisangebot/" in text
    assert "<a " not in text
    assert "&amp;" not in text


def _sections(html):
    return str(BeautifulSoup(html, "html.parser").select_one(".digest-sections"))


@pytest.mark.parametrize("language", ["de", "ar"])
def test_preview_page_shows_the_sections_of_the_mail(client, content, language):
    prefix = "" if language == "de" else f"/{language}"
    response = client.get(f"{prefix}/newsletter/preview/")

    assert response.status_code == 200
    _subject, _text, html = render_digest(build_digest(language))
    assert _sections(response.content.decode()) == _sections(html)
    assert "Neues Kreisangebot" in _sections(html)


def test_preview_shows_no_subscriber_data(client, content, subscriber):
    subscriber("geheim@example.org")
    html = client.get("/newsletter/preview/").content.decode()
    assert "geheim@example.org" not in html
    assert "/newsletter/unsubscribe/" not in html


def test_building_a_digest_needs_the_same_queries_for_more_pages(finders, make_event):  # noqa: F811
    def add(count, offset):
        for number in range(count):
            key = ("a", "b", "county")[number % 3]
            make_event(
                key, title=f"Schulung {offset + number}", kind="training", training_audience="everyone"
            )
            make_event(key, title=f"Treffen {offset + number}", recurrence="FREQ=WEEKLY;BYDAY=TU")
            OfferPageFactory(parent=finders[key], title=f"Angebot {offset + number}")

    def queries():
        build_digest("ar")  # fills Wagtail's cache of site root paths, as the first mail does
        with CaptureQueriesContext(connection) as captured:
            digest = build_digest("ar")
        assert not digest.is_empty
        return len(captured)

    add(3, 0)
    with_3 = queries()
    add(9, 3)
    assert queries() == with_3
