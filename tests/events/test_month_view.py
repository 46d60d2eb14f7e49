"""The calendar's month view: a table of weeks, navigation, filters, bad input, constant queries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.services.month import month_grid, parse_month

from .conftest import at


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def day_cell(page, day):
    """The table cell of ``day`` (its full date is the cell's text for screen readers and phones)."""
    for cell in page.select("table.month td"):
        if cell.select_one(".month__date").text.strip().endswith(day.strftime("%Y")) and (
            cell.select_one(".month__number").text.strip() == str(day.day)
            and "month__day--outside" not in cell["class"]
        ):
            return cell
    raise AssertionError(f"no cell for {day}")


def test_weeks_start_on_monday_and_cover_the_month():
    grid = month_grid(datetime.date(2027, 2, 1), [], datetime.date(2027, 2, 10))
    assert [week[0].date.weekday() for week in grid.weeks] == [0] * len(grid.weeks)
    in_month = [day.date for week in grid.weeks for day in week if day.in_month]
    assert in_month[0] == datetime.date(2027, 2, 1) and in_month[-1] == datetime.date(2027, 2, 28)
    assert grid.previous == datetime.date(2027, 1, 1) and grid.next == datetime.date(2027, 3, 1)


@pytest.mark.parametrize("value", ["2027-13", "27-01", "2027-1x", "<b>", "0000-00", "2027-02-01"])
def test_bad_month_falls_back_to_this_month_with_a_notice(value):
    notices = []
    assert parse_month(value, datetime.date(2027, 5, 17), notices) == datetime.date(2027, 5, 1)
    assert notices


def test_weekly_event_sits_on_each_wednesday_of_the_month(client, make_event):
    make_event(start=at(datetime.date(2027, 2, 3), 16), recurrence="FREQ=WEEKLY;BYDAY=WE")
    page = soup(client.get("/altdorf/termine/?view=month&month=2027-02"))
    assert page.select_one("table.month caption").text.strip() == "Februar 2027"
    for day in (3, 10, 17, 24):
        assert day_cell(page, datetime.date(2027, 2, day)).select("a")[0].text == "Sprachcafé"
    assert not day_cell(page, datetime.date(2027, 2, 4)).select("a")
    assert "4 Termine" in page.select_one("#results-heading").text


def test_navigation_keeps_the_filters(client, make_event):
    make_event(start=at(datetime.date(2027, 2, 3), 16))
    page = soup(client.get("/altdorf/termine/?view=month&month=2027-02&kind=sport"))
    links = {a["rel"][0]: a["href"] for a in page.select(".month-nav a")}
    assert "month=2027-01" in links["prev"] and "kind=sport" in links["prev"]
    assert "month=2027-03" in links["next"] and "view=month" in links["next"]
    assert page.select_one("input[type=hidden][name=view]")["value"] == "month"
    assert not page.select("table.month td a")  # the sport filter excludes the Sprachcafé


def test_cancelled_events_are_marked_in_the_month(client, make_event):
    make_event(start=at(datetime.date(2027, 3, 9), 18), status="cancelled")
    cell = day_cell(soup(client.get("/altdorf/termine/?view=month&month=2027-03")), datetime.date(2027, 3, 9))
    assert "month__event--cancelled" in cell.select_one("li")["class"]


def test_bad_month_parameter_gives_a_notice(client, make_event):
    page = soup(client.get("/altdorf/termine/?view=month&month=2027-99"))
    assert page.select(".notice") and page.select("table.month")


def test_month_view_in_arabic(client, make_event):
    make_event(start=at(datetime.date(2027, 2, 3), 16))
    page = soup(client.get("/ar/altdorf/termine/?view=month&month=2027-02"))
    assert page.html["dir"] == "rtl"
    assert page.select("table.month th abbr")


def test_month_view_queries_do_not_grow_with_events(client, make_event):
    def count():
        client.get("/termine/?view=month&month=2027-02")  # warm caches
        with CaptureQueriesContext(connection) as queries:
            client.get("/termine/?view=month&month=2027-02")
        return len(queries)

    make_event(start=at(datetime.date(2027, 2, 1), 9), recurrence="FREQ=DAILY", slug="daily-0")
    few = count()
    for number in range(1, 8):
        make_event(
            "b" if number % 2 else "county",
            start=at(datetime.date(2027, 2, number), 9),
            recurrence="FREQ=WEEKLY",
            slug=f"weekly-{number}",
        )
    assert count() == few


def test_a_busy_day_shows_its_first_dates_and_links_to_the_rest(client, make_event):
    day = datetime.date(2027, 2, 10)
    for hour in range(8, 14):  # six events on one day
        make_event(title=f"Termin {hour}", start=at(day, hour))
    page = soup(client.get("/altdorf/termine/?view=month&month=2027-02"))
    cell = day_cell(page, day)
    assert [a.text for a in cell.select("li a")] == ["Termin 8", "Termin 9", "Termin 10", "Termin 11"]
    more = cell.select_one("a.month__more")
    assert " ".join(more.text.split()) == "2 weitere Termine an diesem Tag"
    assert "6 Termine" in page.select_one("#results-heading").text
    listed = soup(client.get("/altdorf/termine/" + more["href"]))
    assert len(listed.select(".occurrence-list a, .occurrences a")) >= 6 or "6 Termine" in listed.text


def test_a_date_just_after_midnight_sits_on_its_own_day_in_berlin(client, make_event):
    make_event(title="Mitternachtslauf", start=at(datetime.date(2027, 2, 10), 0, 30))
    page = soup(client.get("/altdorf/termine/?view=month&month=2027-02"))
    assert day_cell(page, datetime.date(2027, 2, 10)).select("li a")[0].text == "Mitternachtslauf"
    assert not day_cell(page, datetime.date(2027, 2, 9)).select("li a")


def test_a_month_far_ahead_is_capped_per_day_as_well(client, make_event):
    """Beyond the stored horizon the month is expanded from the rules, with the same cap."""
    day = datetime.date(2029, 3, 14)
    for hour in range(8, 14):
        make_event(title=f"Fern {hour}", start=at(day, hour))
    cell = day_cell(soup(client.get("/altdorf/termine/?view=month&month=2029-03")), day)
    assert len(cell.select("li a")) == 4 and cell.select_one("a.month__more")
