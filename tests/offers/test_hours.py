"""Opening hours in Europe/Berlin: is_open and the "open now" queries around midnight and DST."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from offers.finder.filters import apply_filters
from offers.models import OfferPage
from portal.clock import BERLIN
from portal.opening_hours import closed_on_filter, is_open, open_at_filter

from .factories import OfferPageFactory

UTC = ZoneInfo("UTC")
MON, FRI, SAT, SUN = 0, 4, 5, 6


def hours(weekday, opens, closes):
    return SimpleNamespace(
        weekday=weekday, opens=datetime.time.fromisoformat(opens), closes=datetime.time.fromisoformat(closes)
    )


def closure(date_from, date_until=None):
    first = datetime.date.fromisoformat(date_from)
    last = datetime.date.fromisoformat(date_until) if date_until else None
    return SimpleNamespace(date_from=first, date_until=last, last_day=last or first)


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


# 10 January 2025 is a Friday (winter: UTC+1); 4 July 2025 is a Friday (summer: UTC+2);
# on 30 March 2025 the clocks go from 02:00 to 03:00.
FRIDAY_LATE = [hours(FRI, "22:00", "23:59")]
SATURDAY_EARLY = [hours(SAT, "00:00", "01:00")]


@pytest.mark.parametrize(
    ("ranges", "moment", "expected"),
    [
        # 23:30 UTC on Friday is Saturday 00:30 in Berlin in winter
        (SATURDAY_EARLY, utc(2025, 1, 10, 23, 30), True),
        (FRIDAY_LATE, utc(2025, 1, 10, 23, 30), False),
        # 22:30 UTC on Friday is 23:30 in Berlin in winter ...
        (FRIDAY_LATE, utc(2025, 1, 10, 22, 30), True),
        (SATURDAY_EARLY, utc(2025, 1, 10, 22, 30), False),
        # ... but Saturday 00:30 in summer
        (SATURDAY_EARLY, utc(2025, 7, 4, 22, 30), True),
        (FRIDAY_LATE, utc(2025, 7, 4, 22, 30), False),
        # the same moment given in Berlin time
        (SATURDAY_EARLY, berlin(2025, 1, 11, 0, 30), True),
        # opening time included, closing time excluded
        ([hours(MON, "09:00", "12:00")], berlin(2025, 1, 13, 9, 0), True),
        ([hours(MON, "09:00", "12:00")], berlin(2025, 1, 13, 11, 59), True),
        ([hours(MON, "09:00", "12:00")], berlin(2025, 1, 13, 12, 0), False),
        ([hours(MON, "09:00", "12:00")], berlin(2025, 1, 13, 8, 59), False),
        # another weekday with the same hours
        ([hours(MON, "09:00", "12:00")], berlin(2025, 1, 14, 10, 0), False),
        # two ranges on one day, between them closed
        ([hours(MON, "09:00", "12:00"), hours(MON, "14:00", "16:00")], berlin(2025, 1, 13, 13, 0), False),
        ([hours(MON, "09:00", "12:00"), hours(MON, "14:00", "16:00")], berlin(2025, 1, 13, 15, 0), True),
        # the night of the change to summer time: 01:30 UTC is 03:30 CEST on Sunday
        ([hours(SUN, "03:00", "04:00")], utc(2025, 3, 30, 1, 30), True),
        ([hours(SUN, "02:00", "03:00")], utc(2025, 3, 30, 1, 30), False),
        ([], berlin(2025, 1, 13, 10, 0), False),
    ],
)
def test_is_open(ranges, moment, expected):
    assert is_open(ranges, [], moment) is expected


@pytest.mark.parametrize(
    ("closures", "moment", "expected"),
    [
        # a closure of Saturday covers 23:30 UTC on Friday (Saturday in Berlin)
        ([closure("2025-01-11")], utc(2025, 1, 10, 23, 30), False),
        # a closure of Friday does not
        ([closure("2025-01-10")], utc(2025, 1, 10, 23, 30), True),
        # several days: from Thursday until Sunday
        ([closure("2025-01-09", "2025-01-12")], utc(2025, 1, 10, 23, 30), False),
        ([closure("2025-01-09", "2025-01-12")], berlin(2025, 1, 11, 0, 30), False),
        # ended the day before, or begins the day after
        ([closure("2025-01-06", "2025-01-10")], utc(2025, 1, 10, 23, 30), True),
        ([closure("2025-01-12", "2025-01-19")], utc(2025, 1, 10, 23, 30), True),
        # one closure in the past and one in the future
        (
            [closure("2024-12-23", "2025-01-03"), closure("2025-03-01", "2025-03-05")],
            berlin(2025, 1, 11, 0, 30),
            True,
        ),
    ],
)
def test_is_open_respects_closures_on_the_berlin_date(closures, moment, expected):
    assert is_open(SATURDAY_EARLY, closures, moment) is expected


@pytest.mark.parametrize(
    ("day", "closed"),
    [
        ("2025-01-05", False),
        ("2025-01-06", True),  # first day
        ("2025-01-08", True),
        ("2025-01-12", True),  # last day
        ("2025-01-13", False),
    ],
)
def test_closure_spanning_several_days(day, closed):
    closures = [closure("2025-01-06", "2025-01-12")]
    moment = berlin(*datetime.date.fromisoformat(day).timetuple()[:3], 10, 0)
    ranges = [hours(weekday, "09:00", "12:00") for weekday in range(7)]

    assert is_open(ranges, closures, moment) is not closed


# --- the same rules as database queries ------------------------------------------------------


@pytest.fixture
def places(offer_finders):
    specs = {
        "freitag-spaet": {"hours": [(FRI, "22:00", "23:59")]},
        "samstag-frueh": {"hours": [(SAT, "00:00", "01:00")]},
        "sonntag-sommerzeit": {"hours": [(SUN, "03:00", "04:00")]},
        "samstag-frueh-geschlossen": {"hours": [(SAT, "00:00", "01:00")], "closures": [("2025-01-11", None)]},
        "samstag-frueh-ferien": {
            "hours": [(SAT, "00:00", "01:00")],
            "closures": [("2025-01-09", "2025-01-12")],
        },
        # holidays recorded in the past and in the future only
        "samstag-frueh-ferien-vorher-nachher": {
            "hours": [(SAT, "00:00", "01:00")],
            "closures": [("2024-12-23", "2025-01-03"), ("2025-03-01", "2025-03-05")],
        },
    }
    return {
        slug: OfferPageFactory(parent=offer_finders.county, slug=slug, **spec) for slug, spec in specs.items()
    }


def _slugs(queryset):
    return set(queryset.values_list("slug_de", flat=True))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (
            utc(2025, 1, 10, 23, 30),
            {
                "samstag-frueh",
                "samstag-frueh-geschlossen",
                "samstag-frueh-ferien",
                "samstag-frueh-ferien-vorher-nachher",
            },
        ),
        (utc(2025, 1, 10, 22, 30), {"freitag-spaet"}),
        (berlin(2025, 1, 10, 23, 30), {"freitag-spaet"}),
        (utc(2025, 3, 30, 1, 30), {"sonntag-sommerzeit"}),
    ],
)
def test_open_at_filter_uses_berlin_time(places, moment, expected):
    assert _slugs(OfferPage.objects.filter(open_at_filter(moment)).distinct()) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-01-11", {"samstag-frueh-geschlossen", "samstag-frueh-ferien"}),
        ("2025-01-09", {"samstag-frueh-ferien"}),
        ("2025-01-12", {"samstag-frueh-ferien"}),
        ("2025-01-13", set()),
        ("2025-01-02", {"samstag-frueh-ferien-vorher-nachher"}),
        ("2025-03-05", {"samstag-frueh-ferien-vorher-nachher"}),
    ],
)
def test_closed_on_filter(places, day, expected):
    queryset = OfferPage.objects.filter(closed_on_filter(datetime.date.fromisoformat(day))).distinct()

    assert _slugs(queryset) == expected


@pytest.mark.parametrize(
    "moment",
    [
        utc(2025, 1, 10, 23, 30),
        berlin(2025, 1, 11, 0, 30),
        utc(2025, 1, 10, 22, 30),
        utc(2025, 3, 30, 1, 30),
    ],
)
def test_open_now_query_agrees_with_is_open(places, moment):
    """The finder's "open now" filter and the "open now" tag on the cards give the same answer."""
    expected = {
        slug
        for slug, page in places.items()
        if is_open(page.opening_hours.all(), page.closures.all(), moment)
    }

    found = _slugs(apply_filters(OfferPage.objects.all(), {"open_now": True}, now=moment))

    assert found == expected


def test_open_now_query_applies_closures_of_the_berlin_day(places):
    """23:30 UTC on Friday is Saturday in Berlin: a closure of that Saturday applies."""
    found = _slugs(apply_filters(OfferPage.objects.all(), {"open_now": True}, now=utc(2025, 1, 10, 23, 30)))

    assert "samstag-frueh" in found
    assert "samstag-frueh-geschlossen" not in found


def test_open_now_query_keeps_places_closed_only_before_and_after(places):
    found = _slugs(apply_filters(OfferPage.objects.all(), {"open_now": True}, now=berlin(2025, 1, 11, 0, 30)))

    assert "samstag-frueh" in found
    assert "samstag-frueh-ferien-vorher-nachher" in found
