"""“Who does what?”: for each topic, who is responsible (county office, town office, provider)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.models import BasePage


class Level(models.TextChoices):
    COUNTY = "county", _("county office")
    TOWN = "town", _("town office")
    PROVIDER = "provider", _("provider")


class Responsibility(models.Model):
    """One responsible body for one topic, county-wide or for one town, reached via a contact point."""

    topic = models.ForeignKey(
        "offers.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="responsibilities"
    )
    level = models.CharField(_("who is responsible"), max_length=10, choices=Level.choices)
    contact_point = models.ForeignKey(
        "offers.ContactPointPage",
        verbose_name=_("contact point"),
        on_delete=models.CASCADE,
        related_name="responsibilities",
    )
    town = models.ForeignKey(
        "home.TownPage",
        verbose_name=_("town"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="responsibilities",
        help_text=_("Leave empty when the contact point is responsible for the whole county."),
    )
    note = models.CharField(
        _("what exactly"), max_length=250, blank=True, help_text=_("E.g. “residence permits, extensions”.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("topic"),
        FieldPanel("level"),
        FieldPanel("contact_point"),
        FieldPanel("town"),
        FieldPanel("note"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["topic__sort_order", "sort_order", "level"]
        verbose_name = _("responsibility")
        verbose_name_plural = _("responsibilities")

    def __str__(self):
        return f"{self.topic} · {self.get_level_display()} · {self.contact_point}"


class ResponsibilitiesPage(BasePage):
    """The public directory “Who does what?” of the county, filterable by town."""

    parent_page_types = ["home.CountyHomePage"]
    subpage_types = []
    max_count = 1
    template = "responsibilities/responsibilities_page.html"

    class Meta:
        verbose_name = _("“Who does what?” page")

    def get_context(self, request, *args, **kwargs):
        from home.models import TownPage

        from .services import directory

        context = super().get_context(request, *args, **kwargs)
        towns = list(TownPage.objects.live().order_by("title"))
        chosen = next((town for town in towns if town.slug == request.GET.get("town")), None)
        context.update({"towns": towns, "chosen_town": chosen, "directory": directory(chosen)})
        return context
