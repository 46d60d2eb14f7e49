"""Calendar pages: upcoming occurrences, filters, bad input, JSON-LD, constant queries."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import at, next_weekday


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.text.strip() for a in soup.select(".event-card .card__title a")]


def test_recurring_event_appears_once_per_week(client, make_event):
    make_event(recurrence="FREQ=WEEKLY;BYDAY=WE")
    response = client.get("/altdorf/termine/?end=" + next_weekday(2, 3).isoformat())
    assert titles(response).count("Sprachcafé") == 4


def test_town_calendar_shows_its_town_and_the_county_calendar_everything(client, make_event):
    make_event("a", title="In Altdorf")
    make_event("b", title="In Neudorf")
    make_event("county", title="Im Kreis")
    assert titles(client.get("/altdorf/termine/")) == ["In Altdorf"]
    assert sorted(titles(client.get("/termine/"))) == ["Im Kreis", "In Altdorf", "In Neudorf"]


def test_town_calendar_hands_another_town_to_the_county_calendar(client, make_event):
    make_event("a", title="In Altdorf")
    make_event("b", title="In Neudorf")
    own = BeautifulSoup(client.get("/altdorf/termine/?kind=sport").content, "html.parser")
    assert own.select_one("select[name=town] option[selected]")["value"] == "altdorf"
    assert own.select_one(".finder__scope a")["href"] == "/termine/?kind=sport"

    response = client.get("/en/altdorf/termine/?town=neudorf&page=2")
    assert response.status_code == 302
    assert response["Location"] == "/en/termine/?town=neudorf"
    assert titles(client.get(response["Location"])) == ["In Neudorf"]
    assert client.get("/altdorf/termine/?town=")["Location"] == "/termine/"


def test_kind_filter_and_cancelled_marking(client, make_event):
    make_event(title="Training", kind="training", training_audience="staff")
    make_event(title="Fußball", kind="sport", status="cancelled")
    assert titles(client.get("/altdorf/termine/?kind=training")) == ["Training"]
    html = client.get("/altdorf/termine/?kind=sport").content.decode()
    assert "event-card--cancelled" in html


@pytest.mark.parametrize(
    "query",
    ["?start=2026-13-01", "?end=gestern", "?kind=<script>", "?page=abc", "?start=2030-01-01&end=2020-01-01"],
)
def test_bad_input_gives_a_notice_not_an_error(client, make_event, query):
    make_event()
    response = client.get("/altdorf/termine/" + query)
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select(".notice")


def test_page_past_the_end_is_404(client, make_event):
    make_event()
    assert client.get("/altdorf/termine/?page=9").status_code == 404


def test_past_events_archive(client, make_event):
    make_event(title="Vorbei", start=at(next_weekday(2, -3), 10))
    assert titles(client.get("/altdorf/termine/")) == []
    assert titles(client.get("/altdorf/termine/?past=on")) == ["Vorbei"]


def test_event_page_json_ld(client, make_event):
    event = make_event(
        recurrence="FREQ=WEEKLY;BYDAY=WE", street="Marktplatz 1", postcode="12345", city="Altdorf"
    )
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Event"
    assert data["startDate"] == event.start.isoformat()
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["streetAddress"] == "Marktplatz 1"
    assert data["offers"]["price"] == "0"
    assert len(soup.select("section[aria-labelledby=dates-heading] li")) >= 4


def test_online_event_json_ld_uses_a_virtual_location(client, make_event):
    event = make_event(online_url="https://video.example/raum", status="cancelled")
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://video.example/raum"}
    assert data["eventStatus"] == "https://schema.org/EventCancelled"


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_queries_do_not_grow_with_events_and_recurrences(client, make_event):
    for number in range(3):
        make_event(title=f"Termin {number}", slug=f"t{number}", recurrence="FREQ=DAILY")
    few = _count(client, "/altdorf/termine/")
    for number in range(3, 15):
        make_event(title=f"Termin {number}", slug=f"t{number}", recurrence="FREQ=WEEKLY;BYDAY=MO,TH")
    assert _count(client, "/altdorf/termine/") == few
    assert few <= 12
