"""The county-wide training calendar: all towns, filters, audience rule, constant queries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext

from events.models import EventPage, TrainingCalendarPage
from offers.models import LanguageCode

from .conftest import at, next_weekday

URL = "/fortbildungen/"
CLEAN_EXCLUDE = ["path", "depth", "content_type", "locale", "translation_key"]


@pytest.fixture
def training_calendar(county):
    page = TrainingCalendarPage(title="Fortbildungen", slug="fortbildungen", title_ar="الدورات التدريبية")
    county.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def make_training(make_event):
    def make(key="a", title="Schulung", audience="staff", **fields):
        return make_event(key, title=title, kind="training", training_audience=audience, **fields)

    return make


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(a.text.strip() for a in soup.select(".event-card .card__title a"))


def test_lists_the_trainings_of_every_town_and_the_county_only(client, training_calendar, make_training):
    make_training("a", title="In Altdorf")
    make_training("b", title="In Neudorf", audience="volunteers")
    make_training("county", title="Im Kreis", audience="everyone")
    make_training("a", title="Entwurf", publish=False)

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Im Kreis", "In Altdorf", "In Neudorf"]


def test_other_kinds_are_not_trainings(client, training_calendar, make_training, make_event):
    make_training(title="Schulung")
    make_event(title="Sprachcafé", kind="meeting_place")
    assert titles(client.get(URL)) == ["Schulung"]


def test_audience_filter_includes_trainings_for_everyone(client, training_calendar, make_training):
    make_training(title="Für Mitarbeitende", audience="staff")
    make_training(title="Für Ehrenamtliche", audience="volunteers")
    make_training(title="Für alle", audience="everyone")

    assert titles(client.get(URL + "?audience=volunteers")) == ["Für Ehrenamtliche", "Für alle"]
    assert titles(client.get(URL + "?audience=everyone")) == [
        "Für Ehrenamtliche",
        "Für Mitarbeitende",
        "Für alle",
    ]


def test_town_language_and_date_filters(client, training_calendar, make_training):
    arabic = LanguageCode.objects.get(code="ar")
    make_training("a", title="Altdorf arabisch", languages=[arabic])
    make_training("b", title="Neudorf später", start=at(next_weekday(2, 8), 10))

    assert titles(client.get(URL + "?town=altdorf")) == ["Altdorf arabisch"]
    assert titles(client.get(URL + "?language=ar")) == ["Altdorf arabisch"]
    later = next_weekday(2, 7).isoformat()
    assert titles(client.get(f"{URL}?start={later}")) == ["Neudorf später"]


@pytest.mark.parametrize("query", ["?audience=<script>", "?start=morgen", "?town=atlantis", "?page=x"])
def test_bad_filters_give_a_notice_not_an_error(client, training_calendar, make_training, query):
    make_training()
    response = client.get(URL + query)
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select(".notice[role=status] li")


def test_page_offers_the_newsletter_and_the_training_feed(client, training_calendar):
    soup = BeautifulSoup(client.get("/ar" + URL).content, "html.parser")
    links = {a["href"] for a in soup.select("#stay-informed + ul a")}
    assert "/ar/newsletter/" in links
    assert "/ar/newsletter/preview/" in links
    assert any(link.endswith("/calendar/kind/training.ics") for link in links)


def test_one_training_calendar_below_the_county_only(training_calendar, county, town_a):
    assert not TrainingCalendarPage.can_create_at(county)
    assert not TrainingCalendarPage.can_create_at(town_a.page)


def _event(**fields):
    start = at(next_weekday(2), 16)
    return EventPage(title="x", slug="x", start=start, end=start + datetime.timedelta(hours=2), **fields)


def test_a_training_must_name_its_audience(db):
    with pytest.raises(ValidationError) as error:
        _event(kind="training").full_clean(exclude=CLEAN_EXCLUDE)
    assert error.value.message_dict["training_audience"] == [
        gettext("A training must say for whom it is: town and county staff, volunteers or everyone.")
    ]


def test_other_kinds_lose_an_audience(make_event):
    event = make_event(kind="sport", training_audience="staff")
    assert EventPage.objects.get(pk=event.pk).training_audience == ""
    other = _event(kind="culture", training_audience="volunteers")
    other.full_clean(exclude=CLEAN_EXCLUDE)
    assert other.training_audience == ""


def _add_trainings(make_training, count, offset):
    arabic = LanguageCode.objects.get(code="ar")
    for number in range(count):
        make_training(
            ("a", "b", "county")[number % 3],
            title=f"Schulung {offset + number}",
            audience=("staff", "volunteers", "everyone")[number % 3],
            recurrence="FREQ=WEEKLY;BYDAY=MO" if number % 2 else "",
            languages=[arabic],
        )


@pytest.mark.parametrize("query", ["", "?audience=staff&language=ar", "?town=altdorf"])
def test_queries_do_not_grow_with_trainings(client, training_calendar, make_training, query):
    def count():
        assert client.get(URL + query).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL + query)
        assert titles(response)
        return len(queries)

    _add_trainings(make_training, 6, 0)
    with_6 = count()
    _add_trainings(make_training, 24, 6)
    with_30 = count()

    assert with_6 == with_30
