"""Bad event input is refused with a message on the field; nothing is saved half."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from events.models import EventPage

from .conftest import at, next_weekday


def build(**fields):
    start = at(next_weekday(2), 16)
    values = {"title": "x", "slug": "x", "start": start, "end": start + datetime.timedelta(hours=2), **fields}
    return EventPage(**values)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"end": at(next_weekday(2), 15)}, "end"),
        ({"recurrence": "FREQ=NEVER"}, "recurrence"),
        ({"recurrence": "FREQ=WEEKLY;COUNT=0"}, "recurrence"),
        ({"exception_dates": "24.12.2026"}, "exception_dates"),
        ({"extra_dates": "morgen"}, "extra_dates"),
        ({"cost": "fee"}, "fee_amount"),
        ({"latitude": 40, "longitude": 9}, "latitude"),
    ],
)
def test_invalid_events_are_refused(db, fields, field):
    with pytest.raises(ValidationError) as error:
        build(**fields).full_clean(exclude=["path", "depth", "content_type", "locale", "translation_key"])
    assert field in error.value.message_dict


def test_valid_event_passes(db):
    build(recurrence="FREQ=WEEKLY;BYDAY=WE").full_clean(
        exclude=["path", "depth", "content_type", "locale", "translation_key"]
    )
