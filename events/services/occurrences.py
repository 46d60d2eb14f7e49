"""The stored occurrences (events.Occurrence): filled from each event's rule for a bounded horizon,
read by the calendars with one indexed query.

The rows of an event cover ``STORED_PAST`` days back to ``STORED_AHEAD`` days ahead of the day they
were written. A listing reads them for a period inside ``trusted_window`` (a year back, 15 months
ahead of today), which stays inside the stored horizon when the daily refresh (``refresh_occurrences``
in docker/crontab) has missed up to ``STORED_AHEAD - TRUSTED_AHEAD`` days; a period outside it (a
custom period far in the past or future) is expanded from the rules as before, which is bounded by
the one-year maximum of a period.
"""

import datetime
from collections.abc import Sequence
from functools import cached_property

from django.db import transaction
from django.db.models import CharField, Count, F, Window
from django.db.models.functions import Coalesce, RowNumber, TruncDate
from django.utils import timezone, translation

from events.models import EventPage, Occurrence
from portal.clock import BERLIN
from portal.i18n import localized_field
from portal.listing import without_bodies

from . import recurrence

STORED_PAST = 400
STORED_AHEAD = 550  # about 18 months
TRUSTED_PAST = 370
TRUSTED_AHEAD = 460
MAX_STORED = 1000  # rows of one event (a daily event over the whole horizon has 951)


def _today():
    return timezone.now().astimezone(BERLIN).date()


def _midnight(day):
    return datetime.datetime.combine(day, datetime.time(), tzinfo=BERLIN)


def horizon(today=None):
    """The stored period [start, end) for rows written ``today``."""
    today = today or _today()
    return _midnight(today - datetime.timedelta(days=STORED_PAST)), _midnight(
        today + datetime.timedelta(days=STORED_AHEAD)
    )


def trusted_window(today=None):
    today = today or _today()
    return _midnight(today - datetime.timedelta(days=TRUSTED_PAST)), _midnight(
        today + datetime.timedelta(days=TRUSTED_AHEAD)
    )


def is_stored(start, end):
    """Whether a listing of [start, end) can read the stored occurrences."""
    first, last = trusted_window()
    return first <= start and end <= last


def _limit(event):
    """MAX_STORED rows; a rule finer than daily (stored before the checks, or written to the
    database directly) keeps the bound of one listing window, MAX_OCCURRENCES."""
    try:
        if event.recurrence:
            recurrence.check_bounds(event.recurrence)
    except recurrence.RecurrenceError:
        return recurrence.MAX_OCCURRENCES
    return MAX_STORED


def rows_for(event, start, end):
    """The Occurrence rows of ``event`` in [start, end): none for a rule that cannot be read."""
    limit = _limit(event)
    try:
        found = recurrence.occurrences(event, start, end, limit=limit, maximum=limit)
    except recurrence.RecurrenceError:
        return []
    return [Occurrence(event_id=event.pk, start=item.start, end=item.end) for item in found]


def refresh(event):
    """Rewrite the stored occurrences of ``event`` (after a save)."""
    start, end = horizon()
    with transaction.atomic():
        Occurrence.objects.filter(event_id=event.pk).delete()
        Occurrence.objects.bulk_create(rows_for(event, start, end))


def refresh_many(events):
    """Store the occurrences of ``events`` that have none yet (pages inserted in bulk, without the
    save that refreshes them)."""
    start, end = horizon()
    rows = [row for event in events for row in rows_for(event, start, end)]
    Occurrence.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def refresh_all(batch=500):
    """Rewrite the stored occurrences of every event (daily, as the horizon moves on); the number of
    rows written."""
    start, end = horizon()
    written = 0
    events = EventPage.objects.only(*recurrence.RULE_FIELDS).order_by("pk")
    with transaction.atomic():
        Occurrence.objects.all().delete()
        rows = []
        for event in events.iterator(chunk_size=batch):
            rows += rows_for(event, start, end)
            if len(rows) >= batch:
                Occurrence.objects.bulk_create(rows)
                written, rows = written + len(rows), []
        Occurrence.objects.bulk_create(rows)
    return written + len(rows)


def counts_by_town(events, start, end):
    """({town id: events with a date in [start, end)}, {town id: their dates}) of ``events`` (a
    queryset), counted in the database; the period must lie within the stored horizon."""
    grouped = (
        Occurrence.objects.filter(start__lt=end, end__gt=start, event__in=events.values("pk"))
        .values("event__town_id")
        .annotate(dates=Count("pk"), events=Count("event_id", distinct=True))
        .order_by()
    )
    rows = list(grouped)
    return (
        {row["event__town_id"]: row["events"] for row in rows},
        {row["event__town_id"]: row["dates"] for row in rows},
    )


def first_per_day(events, start, end, per_day):
    """The first ``per_day`` occurrences of each day (in Berlin) of those of ``events`` (a queryset)
    starting in [start, end), in time order, and {day: number of occurrences starting that day}:
    two queries plus the prefetches, however many events a day has (the calendar's month view)."""
    day = TruncDate("start", tzinfo=BERLIN)
    rows = Occurrence.objects.filter(start__gte=start, start__lt=end, event__in=events.values("pk"))
    counts = dict(
        rows.annotate(day=day)
        .order_by()
        .values("day")
        .annotate(number=Count("pk"))
        .values_list("day", "number")
    )
    order = [F("start").asc(), _title().asc(), F("pk").asc()]
    ranked = rows.annotate(rank=Window(RowNumber(), partition_by=[day], order_by=order)).filter(
        rank__lte=per_day
    )
    return _occurrences(ranked.order_by(*order)), counts


def _title():
    return Coalesce(
        F(f"event__{localized_field('title', translation.get_language())}"),
        F("event__title_de"),
        output_field=CharField(),
    )


def _rows(events, start, end):
    return Occurrence.objects.filter(start__lt=end, end__gt=start, event__in=events.values("pk")).order_by(
        "start", _title(), "pk"
    )


def _occurrences(rows):
    related = ("event", "event__town", "event__venue", "event__organiser")
    rows = without_bodies(rows.select_related(*related), *related).prefetch_related("event__languages")
    return [recurrence.Occurrence(row.event, row.start, row.end) for row in rows]


def stored(events, start, end, limit):
    """The first ``limit`` occurrences of ``events`` (a queryset of EventPage) overlapping
    [start, end), in time order, read from the stored rows: one query, plus the prefetches."""
    return _occurrences(_rows(events, start, end)[:limit])


class StoredPage(Sequence):
    """The first ``limit`` stored occurrences of ``events`` in [start, end) (shown latest first when
    ``reverse``) for a paginator: counted with one narrow query, and only the rows of the page
    asked for are read, with their events."""

    def __init__(self, events, start, end, limit, reverse=False):
        self.rows = _rows(events, start, end)
        self.limit = limit
        self.reverse = reverse

    @cached_property
    def total(self):
        return self.rows.values("pk")[: self.limit].count()

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if isinstance(key, int):
            index = key + self.total if key < 0 else key
            if not 0 <= index < self.total:
                raise IndexError(key)
            return self[index : index + 1][0]
        first, last, _step = key.indices(self.total)
        if last <= first:
            return []
        if self.reverse:
            return _occurrences(self.rows[self.total - last : self.total - first])[::-1]
        return _occurrences(self.rows[first:last])
