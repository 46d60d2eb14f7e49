"""Organisations: providers, associations, migrant organisations (MSOs) and public bodies."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Organisation(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        PUBLIC_BODY = "public_body", _("public body")
        PROVIDER = "provider", _("provider")
        ASSOCIATION = "association", _("association")
        MSO = "mso", _("migrant organisation (MSO)")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    town = models.ForeignKey(
        "home.TownPage",
        verbose_name=_("town"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        help_text=_("Leave empty for organisations working county-wide."),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(_("e-mail of the office"), blank=True)
    public_phone = models.CharField(_("phone of the office"), max_length=40, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members with an account"),
        blank=True,
        related_name="organisations",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("town"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("public_email"),
        FieldPanel("public_phone"),
        FieldPanel("members"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description"), index.FilterField("kind")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def is_mso(self):
        return self.kind == self.Kind.MSO
