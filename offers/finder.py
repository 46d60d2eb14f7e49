"""The finder: filters from GET parameters, applied to offers or contact points.

Filters are plain GET parameters, so a result list is a shareable URL and the back button
works. Unknown or malformed values are ignored with a notice; they never cause an error.
"""

import datetime
from dataclasses import dataclass, field

from django import forms
from django.core.paginator import Paginator
from django.db.models import F, Prefetch, Q
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.clock import BERLIN, berlin_now
from portal.i18n import localized_field
from portal.opening_hours import Weekday, closed_on_filter, open_at_filter

SORTS = {
    "title": gettext_lazy("Title"),
    "town": gettext_lazy("Town"),
    "reviewed": gettext_lazy("Recently reviewed"),
}


class FinderForm(forms.Form):
    town = forms.ChoiceField(label=gettext_lazy("Town"), required=False)
    category = forms.ChoiceField(label=gettext_lazy("Category"), required=False)
    target = forms.ChoiceField(label=gettext_lazy("Target group"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    day = forms.TypedChoiceField(
        label=gettext_lazy("Open on"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", gettext_lazy("any day")), *Weekday.choices],
    )
    free = forms.BooleanField(label=gettext_lazy("Free of charge"), required=False)
    accessible = forms.BooleanField(label=gettext_lazy("Step-free access"), required=False)
    open_now = forms.BooleanField(label=gettext_lazy("Open now"), required=False)
    sort = forms.ChoiceField(label=gettext_lazy("Sort by"), required=False, choices=list(SORTS.items()))

    def __init__(self, data, *, towns, categories, targets, languages, fields=None):
        super().__init__(data)
        any_choice = ("", _("all"))
        self.fields["town"].choices = [any_choice, *((t.slug_de, t.title) for t in towns)]
        self.fields["category"].choices = [any_choice, *((c.slug, str(c)) for c in categories)]
        self.fields["target"].choices = [any_choice, *((t.slug, t.name) for t in targets)]
        self.fields["language"].choices = [any_choice, *((lang.code, lang.native_name) for lang in languages)]
        for name in list(self.fields):
            if fields is not None and name not in fields:
                del self.fields[name]


@dataclass
class FinderResult:
    form: FinderForm
    page: object
    paginator: Paginator
    notices: list = field(default_factory=list)
    filters: dict = field(default_factory=dict)

    @property
    def count(self):
        return self.paginator.count


def apply_filters(queryset, values, *, today=None, now=None):
    today = today or datetime.date.today()
    if "town" in values:
        queryset = queryset.filter(town__slug_de=values["town"])
    if "category" in values:
        slug = values["category"]
        queryset = queryset.filter(Q(categories__slug=slug) | Q(categories__parent__slug=slug))
    if "target" in values:
        queryset = queryset.filter(target_groups__slug=values["target"])
    if "language" in values:
        queryset = queryset.filter(languages__code=values["language"])
    if "day" in values:
        queryset = queryset.filter(opening_hours__weekday=values["day"])
    if values.get("free"):
        queryset = queryset.filter(cost="free")
    if values.get("accessible"):
        queryset = queryset.filter(step_free=True)
    if values.get("open_now"):
        moment = (now or berlin_now()).astimezone(BERLIN)
        closed = queryset.model.objects.filter(closed_on_filter(moment.date())).values("pk")
        queryset = queryset.filter(open_at_filter(moment)).exclude(pk__in=closed)
    return queryset.distinct()


def ordered(queryset, sort):
    title = Coalesce(F(localized_field("title", translation.get_language())), F("title_de"))
    if sort == "town":
        return queryset.order_by(F("town__title_de").asc(nulls_first=True), title)
    if sort == "reviewed":
        return queryset.order_by("-last_reviewed", title)
    return queryset.order_by(title)


def prefetch_for_listing(queryset, model):
    """Everything a result card shows, in a fixed number of queries."""
    related = ["languages"]
    if hasattr(model, "categories"):
        related += [
            Prefetch("categories", queryset=model.categories.rel.model.objects.select_related("parent"))
        ]
    return queryset.select_related("town").prefetch_related(*related)
