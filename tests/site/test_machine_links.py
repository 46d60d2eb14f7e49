"""Links that work for machines, read as their clients read them: canonical and hreflang links,
meta descriptions, JSON-LD (schema.org's required properties), .ics (icalendar), Atom
(feedparser), the open-data CSV; headings in order and real form actions on every page type."""

import csv
import io
import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar
from wagtail.models import Site

from events.models import EventPage
from networking.models import TwinningPair
from organisations.models import Organisation
from portal.site_address import page_url
from tests.public_pages import public_paths

HOST = "http://testserver"  # the host the test client asks for
LANGUAGES = ["de", "ar", "uk", "de-x-ls"]


@pytest.fixture(scope="module")
def documents(demo_site, django_db_blocker):
    """{(language, name): parsed HTML} of every public page type in the languages above."""
    from django.test import Client

    client = Client()
    with django_db_blocker.unblock():
        found = {}
        for language in LANGUAGES:
            for name, path in public_paths(language).items():
                response = client.get(path)
                assert response.status_code == 200, path
                found[(language, name)] = (path, BeautifulSoup(response.content, "html.parser"))
        return found


def _json_ld(soup):
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def test_every_page_has_an_absolute_canonical_link_among_its_language_versions(documents):
    for (language, name), (path, soup) in documents.items():
        canonical = soup.find_all("link", rel="canonical")
        assert len(canonical) == 1, (language, name)
        alternates = {
            link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)
        }
        assert all(href.startswith(f"{HOST}/") for href in alternates.values()), (language, name)
        assert alternates["x-default"] == alternates["de"]
        assert canonical[0]["href"] == alternates[language], (language, name, path)


def test_every_page_has_a_meta_description_in_the_readers_language(documents):
    for (language, name), (_path, soup) in documents.items():
        descriptions = soup.find_all("meta", attrs={"name": "description"})
        assert len(descriptions) == 1 and descriptions[0]["content"].strip(), (language, name)
    home_de = documents[("de", "home.countyhomepage")][1].find("meta", attrs={"name": "description"})
    home_ar = documents[("ar", "home.countyhomepage")][1].find("meta", attrs={"name": "description"})
    assert home_de["content"] != home_ar["content"]  # the Arabic home has its own summary


def test_headings_never_skip_a_level(documents):
    for (language, name), (_path, soup) in documents.items():
        main = soup.find("main") or soup
        levels = [int(tag.name[1]) for tag in main.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
        assert levels and levels[0] == 1, (language, name, levels)
        jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert not jumps, (language, name, levels)


def test_every_form_names_where_it_goes(documents):
    for (language, name), (_path, soup) in documents.items():
        for form in soup.find_all("form"):
            assert form.get("action"), (language, name, str(form)[:120])


def _place_is_valid(location):
    if location["@type"] == "VirtualLocation":
        return location["url"].startswith("http")
    return location["@type"] == "Place" and (location.get("address") or location.get("geo"))


@pytest.mark.parametrize("language", ["de", "ar"])
def test_every_event_has_json_ld_with_location_status_and_mode(client, demo_site, language):
    events = EventPage.objects.live().public().specific()
    assert events.filter(round_table_session__isnull=False).exists()
    for event in events:
        with translation.override(language):
            response = client.get(event.get_url())
        soup = BeautifulSoup(response.content, "html.parser")
        (data,) = _json_ld(soup)
        assert data["@type"] == "Event"
        for required in ("name", "startDate", "url", "location", "eventStatus", "eventAttendanceMode"):
            assert data.get(required), (event.slug, required)
        assert data["url"].startswith(f"{HOST}/")
        locations = data["location"] if isinstance(data["location"], list) else [data["location"]]
        assert all(_place_is_valid(location) for location in locations), (event.slug, locations)
        assert data["eventStatus"].startswith("https://schema.org/Event")
        # no heading over an empty address
        for section in soup.select("section.location"):
            assert section.find("address") or section.select_one("[data-map]"), event.slug


def test_tandem_closing_event_and_round_table_sessions_have_a_location(client, demo_site):
    closing = TwinningPair.objects.exclude(closing_event=None).first().closing_event
    session = EventPage.objects.filter(round_table_session__isnull=False).first()
    for event in (closing, session):
        (data,) = _json_ld(BeautifulSoup(client.get(event.url).content, "html.parser"))
        assert data["location"]["address"]["addressLocality"], event.slug
        ics = Calendar.from_ical(client.get(reverse("event_ics", args=[event.uid])).content)
        assert str(ics.walk("VEVENT")[0]["LOCATION"]), event.slug


def test_calendar_feeds_carry_locations_and_links_on_the_served_host(client, demo_site):
    calendar = Calendar.from_ical(client.get(reverse("calendar_all")).content)
    events = calendar.walk("VEVENT")
    assert events
    for event in events:
        assert str(event["LOCATION"]).strip(), event["SUMMARY"]
        assert str(event["URL"]).startswith("http"), event["SUMMARY"]
        assert "localhost" not in str(event["URL"])


def test_open_data_csv_links_to_the_served_host(client, demo_site):
    response = client.get(reverse("open_data_export", args=["offers", "csv"]))
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows and all(row["url"].startswith(f"{HOST}/") for row in rows)


@pytest.mark.parametrize("feed", ["stories_atom", "stories_rss"])
def test_story_feeds_read_by_a_feed_reader_have_authors(client, demo_site, feed):
    parsed = feedparser.parse(client.get(reverse(feed)).content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries
    assert all(entry.get("author") for entry in parsed.entries)
    if feed == "stories_atom":
        assert parsed.feed.author == demo_site.title
    assert all(entry.link.startswith(f"{HOST}/") for entry in parsed.entries)


def test_organisation_profile_has_organization_json_ld_and_its_calendar_feed(client, demo_site, documents):
    organisation = Organisation.objects.filter(live=True).order_by("name").first()
    _path, soup = documents[("de", "organisation_profile")]
    feed = f"{HOST}{reverse('calendar_organisation', args=[organisation.slug])}"
    (data,) = _json_ld(soup)
    assert data["@type"] in ("Organization", "GovernmentOrganization")
    assert data["name"] == organisation.name
    assert data["url"].startswith(f"{HOST}/")
    assert data["subjectOf"]["url"] == feed
    assert soup.find("link", rel="alternate", type="text/calendar")["href"] == feed
    assert soup.find("a", href=feed.replace("http://", "webcal://"))
    assert client.get(feed).status_code == 200


@pytest.mark.parametrize(
    ("path", "feeds"),
    [
        ("/termine/", ["/calendar/all.ics"]),
        ("/termine/?kind=culture", ["/calendar/kind/culture.ics"]),
        ("/termine/?town=hohenau&kind=culture", ["/calendar/town/hohenau.ics", "/calendar/kind/culture.ics"]),
        ("/hohenau/termine/", ["/calendar/town/hohenau.ics"]),
        ("/ar/hohenau/termine/?view=month", ["/calendar/town/hohenau.ics"]),
    ],
)
def test_a_filtered_calendar_offers_the_matching_feed(client, demo_site, path, feeds):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    offered = [
        link["href"].removeprefix("webcal://testserver")
        for link in soup.select(".calendar-feeds a[href^=webcal]")
    ]
    assert offered == feeds


def test_set_site_address_points_the_site_at_the_served_address(demo_site, settings):
    site = Site.objects.get(is_default_site=True)
    original = (site.hostname, site.port)
    try:
        call_command("set_site_address", "http://127.0.0.1:8000", stdout=io.StringIO())
        site.refresh_from_db()
        assert site.root_url == "http://127.0.0.1:8000"
        settings.WAGTAILADMIN_BASE_URL = "https://kreisnetz.example.org"
        call_command("set_site_address", stdout=io.StringIO())
        site.refresh_from_db()
        assert site.root_url == "https://kreisnetz.example.org"
        # without a request, links are built on the configured public address
        assert page_url(demo_site) == "https://kreisnetz.example.org/"
    finally:
        Site.objects.filter(pk=site.pk).update(hostname=original[0], port=original[1])
