"""The tenancy page tree: county home → town pages → content."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal import caching, navigation
from portal.models import BasePage
from portal.permissions import StructuralPagePermissionTester


class CountyHomePage(BasePage):
    """The root of the county's site. Exactly one per site."""

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "home/county_home_page.html"

    class Meta:
        verbose_name = _("county home page")
        verbose_name_plural = _("county home pages")

    def permissions_for_user(self, user):
        return StructuralPagePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["towns"] = caching.public(TownPage.objects.child_of(self).live()).order_by("title")
        context["sections"] = navigation.menu_pages(self)
        return context


class TownPage(BasePage):
    """A member town (Gemeinde, Stadt). Everything the town owns lives below this page."""

    website = models.URLField(_("official website"), blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    parent_page_types = ["home.CountyHomePage"]
    template = "home/town_page.html"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("website"),
        FieldPanel("population"),
    ]

    class Meta:
        verbose_name = _("town page")
        verbose_name_plural = _("town pages")

    def permissions_for_user(self, user):
        return StructuralPagePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = caching.public_tree_cached(
            f"town-children:{self.pk}", lambda: list(caching.public(self.get_children().live()).specific())
        )
        return context


class ContentPage(BasePage):
    """A general page of the county or a town (information, how-to, about)."""

    parent_page_types = ["home.CountyHomePage", "home.TownPage", "home.ContentPage"]
    template = "home/content_page.html"

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
