"""Upcoming (or past) occurrences for a calendar page, in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field

from django import forms
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models.event import EventKind, EventPage
from offers.finder.form import FinderForm
from portal.caching import public
from portal.clock import BERLIN
from portal.listing import clean_filters, paginate
from portal.town_listing import with_town_default

from .month import first_of_each_day, month_grid, parse_month
from .occurrences import StoredPage, first_per_day, is_stored, stored
from .recurrence import MAX_PER_LISTING, expand

MAX_PER_DAY = 4  # dates of one day shown in the month view; the rest behind a link to that day

DEFAULT_DAYS = 90
MAX_DAYS = 366


class CalendarForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    start = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=gettext_lazy("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    past = forms.BooleanField(label=gettext_lazy("Past events"), required=False)
    view = forms.ChoiceField(
        label=gettext_lazy("Show as"),
        required=False,
        choices=[("list", gettext_lazy("list")), ("month", gettext_lazy("month"))],
        widget=forms.HiddenInput,
    )
    month = forms.CharField(
        label=gettext_lazy("Month"), required=False, max_length=7, widget=forms.HiddenInput
    )

    def __init__(self, data):
        super().__init__(data)
        self.fields["kind"].choices = [("", _("all")), *EventKind.choices]


@dataclass
class CalendarResult:
    forms: list
    page: object
    paginator: Paginator
    start: datetime.datetime
    end: datetime.datetime
    notices: list = field(default_factory=list)
    month: object = None
    filters: dict = field(default_factory=dict)
    total: int | None = None  # the month view's dates (it shows only the first of each day)

    @property
    def last_day(self):
        return (self.end - datetime.timedelta(days=1)).date()

    @property
    def count(self):
        return self.paginator.count if self.total is None else self.total


def _range(values, notices):
    today = timezone.now().astimezone(BERLIN).date()
    if values.get("past"):
        first, last = (
            values.get("start") or today - datetime.timedelta(days=DEFAULT_DAYS),
            values.get("end") or today,
        )
    else:
        first = values.get("start") or today
        last = values.get("end") or first + datetime.timedelta(days=DEFAULT_DAYS)
    if last < first:
        notices.append(_("The end of the period was before its start; the dates were swapped."))
        first, last = last, first
    if (last - first).days > MAX_DAYS:
        notices.append(_("A period can be at most one year; it was shortened."))
        last = first + datetime.timedelta(days=MAX_DAYS)
    start = datetime.datetime.combine(first, datetime.time(), tzinfo=BERLIN)
    end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time(), tzinfo=BERLIN)
    return start, end


def candidates(start, end, values, town=None):
    """Events that may have an occurrence in [start, end): one query, plus prefetches."""
    queryset = public(EventPage.objects.live()).filter(
        Q(start__lt=end) & (Q(end__gte=start) | ~Q(recurrence="") | ~Q(extra_dates=""))
    )
    if town is not None:
        queryset = queryset.filter(town_id=town.pk)
    elif values.get("town"):
        queryset = queryset.filter(town__slug_de=values["town"])
    if values.get("kind"):
        queryset = queryset.filter(kind=values["kind"])
    if values.get("language"):
        spoken = EventPage.languages.through.objects.filter(
            eventpage_id=OuterRef("pk"), languagecode__code=values["language"]
        )
        queryset = queryset.filter(Exists(spoken))
    if values.get("free"):
        queryset = queryset.filter(cost="free")
    if values.get("accessible"):
        queryset = queryset.filter(step_free=True)
    return queryset


def in_period(events, start, end):
    """The earliest MAX_PER_LISTING occurrences of ``events`` (a queryset) in [start, end): read from
    the stored occurrences, or for a period outside their horizon expanded from the rules."""
    if is_stored(start, end):
        return stored(events, start, end, MAX_PER_LISTING)
    return expand(
        events.select_related("town", "venue", "organiser").prefetch_related("languages"), start, end
    )


def _expand(events, start, end, notices):
    """The occurrences of the period: the earliest MAX_PER_LISTING, with a notice when there are more."""
    found = in_period(events, start, end)
    _limit_notice(found, notices)
    return found


def _limit_notice(found, notices):
    if len(found) >= MAX_PER_LISTING:
        notices.append(
            _("Only the first %(count)s dates are shown; choose a shorter period or a filter.")
            % {"count": MAX_PER_LISTING}
        )


def calendar_page(params, town=None):
    calendar_form = CalendarForm(params)
    place_params = with_town_default(params, town)  # a town's calendar starts at its town
    place_form = FinderForm(place_params, fields=("town", "language", "free", "accessible"))
    values, notices = clean_filters(calendar_form)
    place_values, place_notices = clean_filters(place_form)
    values.update(place_values)
    if values.get("view") == "month":
        for name in ("start", "end", "past"):  # a month view shows one month
            del calendar_form.fields[name]
        return _month_page(params, values, [place_form, calendar_form], notices + place_notices, town)
    start, end = _range(values, notices)
    events = candidates(start, end, values, town)
    if is_stored(start, end):  # a page of the stored dates, read alone
        found = StoredPage(events, start, end, MAX_PER_LISTING, reverse=bool(values.get("past")))
        _limit_notice(found, notices)
    else:
        found = _expand(events, start, end, notices)
        if values.get("past"):
            found.reverse()
    paginator, page, page_notices = paginate(found, params.get("page"))
    return CalendarResult(
        [place_form, calendar_form],
        page,
        paginator,
        start,
        end,
        notices + place_notices + page_notices,
        filters=values,
    )


def _month_page(params, values, filter_forms, notices, town):
    """The occurrences of one month (and the adjacent days of its first and last week): the first
    MAX_PER_DAY of each day, with the number of the others (they are listed in the list view of
    that day), so the month costs the same however many events the county has."""
    today = timezone.now().astimezone(BERLIN).date()
    first = parse_month(params.get("month"), today, notices)
    grid = month_grid(first, [], today)
    start = datetime.datetime.combine(grid.weeks[0][0].date, datetime.time(), tzinfo=BERLIN)
    end = datetime.datetime.combine(
        grid.weeks[-1][-1].date + datetime.timedelta(days=1), datetime.time(), tzinfo=BERLIN
    )
    events = candidates(start, end, values, town)
    if is_stored(start, end):
        found, counts = first_per_day(events, start, end, MAX_PER_DAY)
    else:
        found, counts = first_of_each_day(_expand(events, start, end, notices), MAX_PER_DAY)
    month = month_grid(first, found, today, counts)
    shown = [occurrence for occurrence in found if occurrence.start.astimezone(BERLIN).month == first.month]
    paginator = Paginator(shown, max(len(shown), 1))
    total = sum(number for day, number in counts.items() if day.month == first.month)
    return CalendarResult(
        filter_forms,
        paginator.page(1),
        paginator,
        start,
        end,
        notices,
        month=month,
        filters=values,
        total=total,
    )
