import datetime

import pytest

from events.models import EventIndexPage, EventPage
from portal.clock import BERLIN
from tests.events.submission_screen import arabic_submission, member  # noqa: F401 (fixtures)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def next_weekday(weekday, weeks=0):
    today = datetime.datetime.now(tz=BERLIN).date()
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)


@pytest.fixture
def calendars(county, town_a, town_b):
    result = {}
    for key, parent in (("county", county), ("a", town_a.page), ("b", town_b.page)):
        calendar = EventIndexPage(title=f"Termine {key}", slug="termine")
        parent.add_child(instance=calendar)
        calendar.save_revision().publish()
        result[key] = calendar
    return result


@pytest.fixture
def make_event(calendars):
    def make(key="a", *, title="Sprachcafé", hours=2, start=None, publish=True, **fields):
        start = start or at(next_weekday(2), 16)
        event = EventPage(
            title=title,
            slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
            start=start,
            end=start + datetime.timedelta(hours=hours),
            live=publish,
            **fields,
        )
        calendars[key].add_child(instance=event)
        if publish:
            event.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    return make


@pytest.fixture
def course(make_event):
    """A course in town A with registration: 4 places, waiting list, weekly for 6 weeks."""

    def make(key="a", *, capacity=4, **fields):
        fields.setdefault("title", "Deutschkurs")
        fields.setdefault("start", at(next_weekday(1, weeks=1), 18))
        fields.setdefault("recurrence", "FREQ=WEEKLY;COUNT=6")
        return make_event(key, registration_required=True, capacity=capacity, **fields)

    return make
