"""Upcoming trainings of the whole county, filtered by audience, town, language and dates."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models.event import EventKind, TrainingAudience
from offers.finder.form import FinderForm
from portal.listing import clean_filters, paginate

from .listing import CalendarResult, _range, candidates, in_period


class TrainingForm(forms.Form):
    audience = forms.ChoiceField(label=gettext_lazy("For whom"), required=False)
    start = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=gettext_lazy("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, data):
        super().__init__(data)
        self.fields["audience"].choices = [("", _("all")), *TrainingAudience.choices]


def audiences(audience):
    """Who a filter for ``audience`` finds: trainings for that audience and those for everyone."""
    if not audience or audience == TrainingAudience.EVERYONE:
        return None
    return [audience, TrainingAudience.EVERYONE]


def trainings(start, end, values=None, towns=None):
    """Training occurrences in [start, end): a fixed number of queries, however many there are."""
    values = {**(values or {}), "kind": EventKind.TRAINING}
    queryset = candidates(start, end, values)
    wanted = audiences(values.get("audience"))
    if wanted is not None:
        queryset = queryset.filter(training_audience__in=wanted)
    if towns is not None:
        queryset = queryset.filter(Q(town__isnull=True) | Q(town__in=towns))
    return in_period(queryset, start, end)


def training_page(params):
    training_form = TrainingForm(params)
    place_form = FinderForm(params, fields=("town", "language"))
    values, notices = clean_filters(training_form)
    place_values, place_notices = clean_filters(place_form)
    values.update(place_values)
    start, end = _range(values, notices)
    paginator, page, page_notices = paginate(trainings(start, end, values), params.get("page"))
    return CalendarResult(
        [training_form, place_form], page, paginator, start, end, notices + place_notices + page_notices
    )
