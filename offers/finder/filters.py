"""The finder's filters, one declaration each: its GET parameter, label, form field, how it
narrows a queryset and the model field it needs. A filter is offered for every content type
that has that field, so adding a filter (or a content type) is one declaration.

Filters are plain GET parameters, so a result list is a shareable URL and the back button
works. Unknown or malformed values are ignored with a notice; they never cause an error.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.models import TownPage
from portal.caching import cached
from portal.clock import BERLIN, berlin_now
from portal.i18n import localized_fields
from portal.listing import is_set
from portal.opening_hours import Weekday, closed_on_filter, open_at_filter

from ..models.taxonomy import Category, LanguageCode, TargetGroup


@dataclass(frozen=True)
class Filter:
    name: str  # the GET parameter and form field name
    label: str
    requires: str  # the model field it narrows on
    field: Callable  # label -> a new form field (choices are read when the form is built)
    narrow: Callable  # (queryset, value, now) -> the narrowed queryset

    def applies_to(self, model):
        try:
            model._meta.get_field(self.requires)
        except FieldDoesNotExist:
            return False
        return True


def _select(options):
    """A select of "all" and ``options()`` as (value, label) pairs."""

    def field(label):
        return forms.ChoiceField(label=label, required=False, choices=[("", _("all")), *options()])

    return field


def _weekday(label):
    return forms.TypedChoiceField(
        label=label,
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", gettext_lazy("any day")), *Weekday.choices],
    )


def _checkbox(label):
    return forms.BooleanField(label=label, required=False)


def _towns():
    towns = cached(
        "finder-towns",
        lambda: list(
            TownPage.objects.live()
            .order_by("title_de")
            .only("slug", "path", "live", *localized_fields("title"))
        ),
        [TownPage],
    )
    return [(town.slug_de, town.title) for town in towns]


def _categories():
    categories = cached(
        "finder-categories", lambda: list(Category.objects.select_related("parent")), [Category]
    )
    return [(category.slug, str(category)) for category in categories]


def _targets():
    targets = cached("finder-targets", lambda: list(TargetGroup.objects.all()), [TargetGroup])
    return [(target.slug, target.name) for target in targets]


def _languages():
    languages = cached("finder-languages", lambda: list(LanguageCode.objects.all()), [LanguageCode])
    return [(language.code, language.native_name) for language in languages]


def _related(queryset, name, condition):
    """``queryset`` narrowed to rows with a row of the many-to-many or reverse relation ``name``
    that matches ``condition`` (lookups on the related model): an EXISTS subquery, so a row is
    never repeated and the listing needs no DISTINCT."""
    relation = queryset.model._meta.get_field(name)
    if relation.many_to_many:
        through = relation.remote_field.through
        target = relation.m2m_reverse_field_name()
        lookups = Q(**{relation.m2m_field_name(): OuterRef("pk")}) & _prefixed(condition, target)
        return queryset.filter(Exists(through.objects.filter(lookups)))
    related = relation.related_model.objects.filter(condition, **{relation.field.name: OuterRef("pk")})
    return queryset.filter(Exists(related))


def _prefixed(condition, prefix):
    """``condition`` with every lookup moved under the relation ``prefix``."""
    prefixed = Q(_connector=condition.connector, _negated=condition.negated)
    for child in condition.children:
        if isinstance(child, Q):
            prefixed.children.append(_prefixed(child, prefix))
        else:
            prefixed.children.append((f"{prefix}__{child[0]}", child[1]))
    return prefixed


def open_at(model, moment):
    """An expression, true for a place of ``model`` open at ``moment``: its hours cover it and no
    closure covers that day (two EXISTS subqueries on the hours and closures)."""
    moment = moment.astimezone(BERLIN)
    hours = model._meta.get_field("opening_hours").related_model.objects
    closures = model._meta.get_field("closures").related_model.objects
    return Exists(hours.filter(open_at_filter(moment, prefix=""), page=OuterRef("pk"))) & ~Exists(
        closures.filter(closed_on_filter(moment.date(), prefix=""), page=OuterRef("pk"))
    )


def _open_now(queryset, value, now):
    return queryset.filter(open_at(queryset.model, now or berlin_now()))


FILTERS = (
    Filter(
        name="town",
        label=gettext_lazy("Town"),
        requires="town",
        field=_select(_towns),
        narrow=lambda queryset, slug, now: queryset.filter(town__slug_de=slug),
    ),
    Filter(
        name="category",
        label=gettext_lazy("Category"),
        requires="categories",
        field=_select(_categories),
        narrow=lambda queryset, slug, now: _related(
            queryset, "categories", Q(slug=slug) | Q(parent__slug=slug)
        ),
    ),
    Filter(
        name="target",
        label=gettext_lazy("Target group"),
        requires="target_groups",
        field=_select(_targets),
        narrow=lambda queryset, slug, now: _related(queryset, "target_groups", Q(slug=slug)),
    ),
    Filter(
        name="language",
        label=gettext_lazy("Language"),
        requires="languages",
        field=_select(_languages),
        narrow=lambda queryset, code, now: _related(queryset, "languages", Q(code=code)),
    ),
    Filter(
        name="day",
        label=gettext_lazy("Open on"),
        requires="opening_hours",
        field=_weekday,
        narrow=lambda queryset, weekday, now: _related(queryset, "opening_hours", Q(weekday=weekday)),
    ),
    Filter(
        name="free",
        label=gettext_lazy("Free of charge"),
        requires="cost",
        field=_checkbox,
        narrow=lambda queryset, value, now: queryset.filter(cost="free"),
    ),
    Filter(
        name="accessible",
        label=gettext_lazy("Step-free access"),
        requires="step_free",
        field=_checkbox,
        narrow=lambda queryset, value, now: queryset.filter(step_free=True),
    ),
    Filter(
        name="open_now",
        label=gettext_lazy("Open now"),
        requires="opening_hours",
        field=_checkbox,
        narrow=_open_now,
    ),
)


def filter_names(model):
    """The filters offered for ``model``: those whose field it has."""
    return tuple(item.name for item in FILTERS if item.applies_to(model))


def apply_filters(queryset, values, *, now=None):
    for item in FILTERS:
        if is_set(values.get(item.name)):
            queryset = item.narrow(queryset, values[item.name], now)
    return queryset
