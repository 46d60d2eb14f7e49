"""A town's listing page (finder, calendar) and the county-wide listing of the same type.

A town's listing shows that town's items, so its town filter starts at that town. Choosing
another town or "all towns" asks for more than the town page holds: the town listing hands the
request to the county-wide listing of its type, with every other filter kept. The same link is
offered as "show all towns" next to the results, so the way out does not depend on the form.
"""

from typing import TYPE_CHECKING

from django.shortcuts import redirect

from .caching import tree_cached
from .towns import county_page_model

TOWN_PARAMETER = "town"


def county_counterpart(page):
    """The live county-wide page of ``page``'s type (a child of the county home), or None."""
    county = page.ancestor_of_type(county_page_model())
    if county is None:
        return None
    model = type(page)
    key = f"county-listing:{county.pk}:{model._meta.label_lower}"
    return tree_cached(key, lambda: model.objects.live().child_of(county).first())


def county_query(params, town_slug=None):
    """``params`` for the county listing: the same filters, the first page, ``town_slug`` or all towns."""
    params = params.copy()
    params.pop("page", None)
    params.pop(TOWN_PARAMETER, None)
    if town_slug:
        params[TOWN_PARAMETER] = town_slug
    return params.urlencode()


def county_url(page, request, town_slug=None):
    """The county listing with the request's filters (and ``town_slug``), or None without one."""
    target = county_counterpart(page)
    if target is None:
        return None
    query = county_query(request.GET, town_slug)
    url = target.get_url(request)
    return f"{url}?{query}" if query else url


def with_town_default(params, town):
    """The GET parameters of a town listing: the town filter starts at ``town``."""
    if town is None or TOWN_PARAMETER in params:
        return params
    params = params.copy()
    params[TOWN_PARAMETER] = town.slug_de
    return params


if TYPE_CHECKING:
    from .models import BasePage as _ListingBase
else:
    _ListingBase = object


class TownListingMixin(_ListingBase):
    """For listing pages under the county home or a town whose form has a town filter."""

    def serve(self, request, *args, **kwargs):
        town = self.town_scope()
        chosen = request.GET.get(TOWN_PARAMETER)
        if town is not None and chosen is not None and chosen != town.slug_de:
            url = county_url(self, request, chosen)
            if url is not None:
                return redirect(url)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        town = self.town_scope()
        context["all_towns_url"] = county_url(self, request) if town is not None else None
        return context
