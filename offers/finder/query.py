"""Finder queries: the live places of a content type, filtered, sorted and paginated, and the
map's places, in a number of queries independent of their size."""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import CharField, F, Prefetch
from django.db.models.functions import Coalesce
from django.utils import translation

from portal.caching import public
from portal.clock import berlin_now
from portal.i18n import localized_field, localized_fields
from portal.listing import clean_filters, paginate, without_bodies
from portal.places import place_models
from portal.town_listing import with_town_default

from .filters import apply_filters, filter_names, open_at
from .form import FinderForm


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


def live_places(model, today=None):
    today = today or datetime.date.today()
    queryset = public(model.objects.live())
    if hasattr(model, "valid_until"):
        queryset = queryset.exclude(valid_until__lt=today)
    return queryset


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


def find(model, params, *, town=None):
    """The finder's result page of ``model`` for GET ``params``; ``town`` restricts to one town's
    places (its town filter starts there). The form offers the filters ``model`` has, and the sort
    order."""
    form = FinderForm(with_town_default(params, town), fields=(*filter_names(model), "sort"))
    values, notices = clean_filters(form)
    queryset = live_places(model)
    if town is not None:
        queryset = queryset.filter(town_id=town.pk)
        values.pop("town", None)
    queryset = ordered(apply_filters(queryset, values), values.get("sort"))
    paginator, page, page_notices = paginate(queryset.values_list("pk", flat=True), params.get("page"))
    page.object_list = cards(model, list(page.object_list))
    return FinderResult(form, page, paginator, notices + page_notices, values)


def cards(model, pks):
    """The places ``pks`` in that order, with all a result card shows. A page is chosen (and counted)
    on the narrow rows of the filtered, sorted ids; only its own rows are read in full."""
    queryset = prefetch_for_listing(without_bodies(model.objects.filter(pk__in=pks), "town"), model)
    places = queryset.annotate(open_now=open_at(model, berlin_now())).in_bulk()
    return [places[pk] for pk in pks]


# What a map marker and the list under the map show: title, address, link and town.
MAP_COLUMNS = (
    "depth",
    "path",
    "live",
    "latitude",
    "longitude",
    "street",
    "postcode",
    "city",
    *(f"{prefix}{name}" for prefix in ("", "town__") for name in ("title", "slug", "url_path")),
    *(
        f"{prefix}{field}"
        for prefix in ("", "town__")
        for name in ("title", "slug", "url_path")
        for field in localized_fields(name)
    ),
)


def _map_querysets(values):
    """(model, live places with a position matching ``values``) per content type; a type without
    one of the chosen filters is left out."""
    for model in place_models():
        if values.keys() - {"sort", *filter_names(model)}:
            continue
        yield model, apply_filters(live_places(model), values).filter(latitude__isnull=False)


def map_places(params):
    """Offers and contact points for the map's markers (all, no paging)."""
    form = FinderForm(params)
    values, notices = clean_filters(form)
    places = []
    for _model, queryset in _map_querysets(values):
        places += list(ordered(queryset.select_related("town").only(*MAP_COLUMNS), "title"))
    return {"form": form, "notices": notices, "items": places}


def map_list(params):
    """The map page's list alternative: one page of the places of every kind, by title. The page
    is chosen and counted on narrow rows (title and id of each kind, in one union); only its own
    places are read, one query per kind."""
    form = FinderForm(params)
    values, notices = clean_filters(form)
    title = Coalesce(
        F(localized_field("title", translation.get_language())), F("title_de"), output_field=CharField()
    )
    querysets = list(_map_querysets(values))
    narrow = [
        queryset.annotate(sort_title=title).order_by().values_list("sort_title", "pk")
        for _m, queryset in querysets
    ]
    rows = narrow[0].union(*narrow[1:]).order_by("sort_title", "pk") if narrow else []
    paginator, page, page_notices = paginate(rows, params.get("page"))
    pks = [pk for _title, pk in page.object_list]
    found = {}
    for model, _queryset in querysets:
        found.update(model.objects.filter(pk__in=pks).select_related("town").only(*MAP_COLUMNS).in_bulk())
    page.object_list = [found[pk] for pk in pks]
    return FinderResult(form, page, paginator, notices + page_notices, values)
