"""Listing pages: the offer and contact-point finders, the map and the open-data page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal import open_data
from portal.caching import cached
from portal.models import BasePage
from portal.town_listing import TownListingMixin
from portal.towns import LISTING_PARENTS


class FinderPage(TownListingMixin, BasePage):
    """A filterable, paginated listing of one kind of place, county-wide or for one town."""

    listed_model = None  # the content type listed; the filters are those it has

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from offers.finder.query import find

        context = super().get_context(request, *args, **kwargs)
        context["town_scope"] = self.town_scope()
        context["result"] = find(self.listed_model, request.GET, town=context["town_scope"])
        context["map_page"] = cached("map-page", lambda: MapPage.objects.live().first(), [MapPage])
        context["export_query"] = self.export_query(request, context["town_scope"])
        return context

    def export_query(self, request, town):
        """The current filters as a query string for the map and the downloads."""
        params = request.GET.copy()
        params.pop("page", None)
        if town is not None:
            params["town"] = town.slug_de
        return params.urlencode()


class OfferIndexPage(FinderPage):
    dataset = "offers"
    parent_page_types = LISTING_PARENTS
    subpage_types = ["offers.OfferPage"]
    template = "offers/finder_page.html"

    class Meta:
        verbose_name = _("offer finder")
        verbose_name_plural = _("offer finders")

    @property
    def listed_model(self):
        from .offer import OfferPage

        return OfferPage


class ContactPointIndexPage(FinderPage):
    parent_page_types = LISTING_PARENTS
    subpage_types = ["offers.ContactPointPage"]
    template = "offers/finder_page.html"
    dataset = "contact-points"

    class Meta:
        verbose_name = _("contact point finder")
        verbose_name_plural = _("contact point finders")

    @property
    def listed_model(self):
        from .contact_point import ContactPointPage

        return ContactPointPage


class MapPage(BasePage):
    """All offers and contact points on a map, with the finder's filters and a list alternative."""

    parent_page_types = ["home.CountyHomePage"]
    subpage_types = []
    max_count = 1
    template = "offers/map_page.html"

    class Meta:
        verbose_name = _("map page")

    def get_context(self, request, *args, **kwargs):
        from offers.finder.query import map_list

        context = super().get_context(request, *args, **kwargs)
        context["places"] = map_list(request.GET)
        return context


class OpenDataPage(BasePage):
    """Describes the open datasets, served as JSON and CSV by ``offers.views.export``."""

    licence = models.CharField(
        _("licence"), max_length=200, default="Datenlizenz Deutschland – Namensnennung – Version 2.0"
    )
    licence_url = models.URLField(_("licence link"), default="https://www.govdata.de/dl-de/by-2-0")

    parent_page_types = ["home.CountyHomePage"]
    subpage_types = []
    max_count = 1
    template = "offers/open_data_page.html"

    class Meta:
        verbose_name = _("open data page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["datasets"] = open_data.datasets()
        return context
