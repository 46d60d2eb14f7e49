"""Contact points (Anlaufstellen): offices and services with address, hours, languages spoken."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from portal.models import BasePage
from portal.opening_hours import AbstractClosure, AbstractOpeningHours
from portal.places import AddressMixin, PlacePageForm, ReviewMixin, TownMixin


class ContactPointKind(models.TextChoices):
    IMMIGRATION_OFFICE = "immigration_office", _("immigration office")
    MIGRATION_COUNSELLING = "migration_counselling", _("migration counselling for adults")
    YOUTH_MIGRATION = "youth_migration", _("youth migration service")
    JOB_CENTRE = "job_centre", _("job centre")
    EMPLOYMENT_AGENCY = "employment_agency", _("employment agency")
    CITIZENS_OFFICE = "citizens_office", _("citizens' office")
    INTEGRATION_OFFICER = "integration_officer", _("integration officer")
    OTHER = "other", _("other")


class ContactPointPage(TownMixin, AddressMixin, ReviewMixin, BasePage):
    kind = models.CharField(_("kind"), max_length=30, choices=ContactPointKind.choices)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_points",
    )
    languages = ParentalManyToManyField("offers.LanguageCode", verbose_name=_("languages spoken"), blank=True)
    topics = ParentalManyToManyField(
        "offers.Topic",
        verbose_name=_("responsible for"),
        blank=True,
        help_text=_("Topics this contact point is responsible for (used by “Who does what?”)."),
    )
    booking_url = models.URLField(_("appointment booking link"), blank=True)
    contact_phone = models.CharField(_("phone of the office"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail of the office"), blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)

    base_form_class = PlacePageForm
    parent_page_types = ["offers.ContactPointIndexPage"]
    subpage_types = []
    template = "offers/contact_point_page.html"
    detail_prefetch = ("topics", "languages", "opening_hours", "closures")
    detail_select_related = ("town", "organisation")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("organisation"), FieldPanel("topics"), FieldPanel("languages")],
            heading=_("What and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("booking_url"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("step_free"),
            ],
            heading=_("Contact"),
        ),
        *AddressMixin.address_panels,
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening hours")),
        InlinePanel("closures", heading=_("Closures and holidays"), label=_("Closure")),
        MultiFieldPanel(ReviewMixin.review_panels, heading=_("Review")),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("town"), index.FilterField("kind")]
    api_fields = [
        APIField("intro"),
        APIField("kind"),
        APIField("town"),
        APIField("street"),
        APIField("postcode"),
        APIField("city"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("booking_url"),
        APIField("contact_phone"),
        APIField("contact_email"),
    ]

    class Meta:
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def clean(self):
        super().clean()
        errors = self.clean_address()
        if errors:
            raise ValidationError(errors)


class ContactPointHours(AbstractOpeningHours):
    page = ParentalKey(ContactPointPage, related_name="opening_hours", on_delete=models.CASCADE)


class ContactPointClosure(AbstractClosure):
    page = ParentalKey(ContactPointPage, related_name="closures", on_delete=models.CASCADE)
