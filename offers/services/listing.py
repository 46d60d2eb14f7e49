"""Listing queries for finders and the map, in a number of queries independent of their size."""

import datetime

from django.db.models import Exists, OuterRef

from home.models import TownPage
from offers.finder import FinderForm, FinderResult, apply_filters, ordered, prefetch_for_listing
from offers.models.taxonomy import Category, LanguageCode, TargetGroup
from portal.caching import cached, public
from portal.clock import berlin_now
from portal.i18n import localized_fields
from portal.listing import clean_filters, paginate
from portal.opening_hours import closed_on_filter, open_at_filter
from portal.places import place_models


def live_places(model, today=None):
    today = today or datetime.date.today()
    queryset = public(model.objects.live())
    if hasattr(model, "valid_until"):
        queryset = queryset.exclude(valid_until__lt=today)
    return queryset


def build_form(params, fields=None):
    return FinderForm(
        params,
        towns=cached(
            "finder-towns",
            lambda: list(
                TownPage.objects.live()
                .order_by("title_de")
                .only("slug", "path", "live", *localized_fields("title"))
            ),
            [TownPage],
        ),
        categories=cached(
            "finder-categories", lambda: list(Category.objects.select_related("parent")), [Category]
        ),
        targets=cached("finder-targets", lambda: list(TargetGroup.objects.all()), [TargetGroup]),
        languages=cached("finder-languages", lambda: list(LanguageCode.objects.all()), [LanguageCode]),
        fields=fields,
    )


def find(model, params, *, town=None, fields=None):
    """The finder's result page for GET ``params``; ``town`` restricts to one town's places."""
    form = build_form(params, fields)
    values, notices = clean_filters(form)
    queryset = live_places(model)
    if town is not None:
        queryset = queryset.filter(town_id=town.pk)
        values.pop("town", None)
    queryset = ordered(apply_filters(queryset, values), values.get("sort"))
    now = berlin_now()
    queryset = prefetch_for_listing(queryset, model).annotate(
        open_now=Exists(model.objects.filter(pk=OuterRef("pk")).filter(open_at_filter(now)))
        & ~Exists(model.objects.filter(pk=OuterRef("pk")).filter(closed_on_filter(now.date())))
    )
    paginator, page, page_notices = paginate(queryset, params.get("page"))
    return FinderResult(form, page, paginator, notices + page_notices, values)


# Map filters that apply only to the place types with the field they filter on.
FIELD_FILTERS = {"category": "categories", "target": "target_groups", "free": "cost"}


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def map_places(params):
    """Offers and contact points for the map page and its list alternative (all, no paging)."""
    form = build_form(params)
    values, notices = clean_filters(form)
    places = []
    for model in place_models():
        own = {key for key, field in FIELD_FILTERS.items() if _has_field(model, field)}
        if values.keys() & (FIELD_FILTERS.keys() - own):
            continue
        allowed = {"town", "language", "day", "accessible", "open_now", *own}
        chosen = {key: value for key, value in values.items() if key in allowed}
        queryset = apply_filters(live_places(model), chosen).filter(latitude__isnull=False)
        places += list(ordered(queryset.select_related("town"), "title"))
    return {"form": form, "notices": notices, "items": places}
