"""Opening hours and closures of a place: the abstract rows, weekdays, and "is it open" in Berlin time."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .clock import BERLIN


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


def time_input():
    """The browser's own time field: no date-time picker script per row of hours."""
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class AbstractOpeningHours(Orderable):
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    # No comment button on each weekday and time: a row is one fact, and in the editor of an
    # offer with a week of opening hours those buttons were a twentieth of the page.
    panels = [
        FieldRowPanel(
            [
                FieldPanel("weekday", disable_comments=True),
                FieldPanel("opens", widget=time_input(), disable_comments=True),
                FieldPanel("closes", widget=time_input(), disable_comments=True),
            ]
        )
    ]

    class Meta:
        abstract = True
        ordering = ["weekday", "opens"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class AbstractClosure(Orderable):
    """A holiday or other exception: closed (or special hours) from a date until a date."""

    date_from = models.DateField(_("from"))
    date_until = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty for a single day."))
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [
        FieldRowPanel(
            [FieldPanel("date_from", disable_comments=True), FieldPanel("date_until", disable_comments=True)]
        ),
        FieldPanel("note"),
    ]

    class Meta:
        abstract = True
        ordering = ["date_from"]

    @property
    def last_day(self):
        return self.date_until or self.date_from

    def clean(self):
        if self.date_from and self.date_until and self.date_until < self.date_from:
            raise ValidationError({"date_until": _("The end of the closure must not be before its start.")})


def overlapping(ranges):
    """Pairs (earlier, later) of (weekday, opens, closes, ...) ranges overlapping on one weekday."""
    clashes = []
    by_day: dict[int, list] = {}
    for item in ranges:
        by_day.setdefault(item[0], []).append(item)
    for items in by_day.values():
        items.sort(key=lambda item: item[1])
        latest = items[0]
        for item in items[1:]:
            if item[1] < latest[2]:
                clashes.append((latest, item))
            if item[2] > latest[2]:
                latest = item
    return clashes


def is_closed_on(closures, day):
    return any(closure.date_from <= day <= closure.last_day for closure in closures)


def is_open(hours, closures, moment):
    """Whether any of the weekly ranges covers ``moment`` (converted to Berlin time)."""
    local = moment.astimezone(BERLIN)
    if is_closed_on(closures, local.date()):
        return False
    now = local.time()
    return any(h.weekday == local.weekday() and h.opens <= now < h.closes for h in hours)


def open_at_filter(moment, prefix="opening_hours__"):
    """Q for pages with opening hours covering ``moment``; closures are excluded separately.
    With ``prefix=""`` it is a Q on the opening hours themselves."""
    local = moment.astimezone(BERLIN)
    return Q(
        **{
            f"{prefix}weekday": local.weekday(),
            f"{prefix}opens__lte": local.time(),
            f"{prefix}closes__gt": local.time(),
        }
    )


def closed_on_filter(day, prefix="closures__"):
    """Q for pages closed on ``day``; with ``prefix=""`` a Q on the closures themselves."""
    return Q(**{f"{prefix}date_from__lte": day}) & (
        Q(**{f"{prefix}date_until__gte": day})
        | Q(**{f"{prefix}date_until__isnull": True, f"{prefix}date_from": day})
    )
