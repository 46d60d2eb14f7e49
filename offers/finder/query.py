"""Finder queries: the live places of a content type, filtered, sorted and paginated, and the
map's places, in a number of queries independent of their size."""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import F, Prefetch
from django.db.models.functions import Coalesce
from django.utils import translation

from portal.caching import public
from portal.clock import berlin_now
from portal.i18n import localized_field, localized_fields
from portal.listing import clean_filters, paginate
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
    queryset = prefetch_for_listing(model.objects.filter(pk__in=pks), model)
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


def map_places(params):
    """Offers and contact points for the map page and its list alternative (all, no paging).
    A content type without one of the chosen filters is left out."""
    form = FinderForm(params)
    values, notices = clean_filters(form)
    places = []
    for model in place_models():
        if values.keys() - {"sort", *filter_names(model)}:
            continue
        queryset = apply_filters(live_places(model), values).filter(latitude__isnull=False)
        places += list(ordered(queryset.select_related("town").only(*MAP_COLUMNS), "title"))
    return {"form": form, "notices": notices, "items": places}
