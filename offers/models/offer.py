"""Offer pages (Angebote): language courses, counselling, leisure, ... of a town or the county."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from portal.models import BasePage
from portal.opening_hours import AbstractClosure, AbstractOpeningHours
from portal.places import AddressMixin, Cost, PlacePageForm, ReviewMixin, TownMixin

from ..services import reachability
from .taxonomy import Category


class OfferPageForm(PlacePageForm):
    """Publishing (or submitting for publication) needs a way to reach someone; a draft does not."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "categories" in self.fields:
            # A subcategory's label names its main category: read both in one query.
            self.fields["categories"].queryset = Category.objects.select_related("parent")

    def clean(self):
        cleaned = super().clean()
        if reachability.is_publishing(self.data) and not reachability.reachable_values(cleaned):
            self.add_error(None, reachability.missing_message())
            for name in reachability.REACH_FIELDS:
                if name in self.fields:
                    self.add_error(name, reachability.field_hint())
        return cleaned


class OfferPage(TownMixin, AddressMixin, ReviewMixin, BasePage):
    categories = ParentalManyToManyField("offers.Category", verbose_name=_("categories"), blank=True)
    target_groups = ParentalManyToManyField("offers.TargetGroup", verbose_name=_("target groups"), blank=True)
    languages = ParentalManyToManyField(
        "offers.LanguageCode", verbose_name=_("languages the offer is given in"), blank=True
    )
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    fee_amount = models.DecimalField(_("fee in euro"), max_digits=7, decimal_places=2, null=True, blank=True)
    fee_note = models.CharField(_("note on the fee"), max_length=200, blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    sign_language = models.BooleanField(_("sign language on request"), default=False)
    appointment_only = models.BooleanField(_("by appointment only"), default=False)
    childcare = models.BooleanField(_("childcare during the offer"), default=False)
    provider = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("provider"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    provider_name = models.CharField(
        _("provider without a profile"),
        max_length=200,
        blank=True,
        help_text=_("The provider's name when it has no organisation profile in the portal."),
    )
    contact_point = models.ForeignKey(
        "offers.ContactPointPage",
        verbose_name=_("contact point"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The contact point people can turn to about this offer."),
    )
    booking_url = models.URLField(_("booking link"), blank=True)
    contact_role = models.CharField(
        _("contact (office or role)"),
        max_length=120,
        blank=True,
        help_text=_("An office or role, e.g. “Migration counselling”. No private person's name."),
    )
    contact_phone = models.CharField(_("phone of the office"), max_length=40, blank=True)
    contact_email = models.EmailField(
        _("e-mail of the office"), blank=True, help_text=_("An office address, never a private one.")
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    base_form_class = OfferPageForm
    parent_page_types = ["offers.OfferIndexPage"]
    subpage_types = []
    template = "offers/offer_page.html"
    detail_prefetch = (
        Prefetch("categories", queryset=Category.objects.select_related("parent")),
        "target_groups",
        "languages",
        "opening_hours",
        "closures",
    )
    detail_select_related = ("town", "provider", "contact_point")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("target_groups"), FieldPanel("languages")],
            heading=_("Who and what"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cost"),
                FieldRowPanel([FieldPanel("fee_amount"), FieldPanel("fee_note")]),
                FieldRowPanel([FieldPanel("appointment_only"), FieldPanel("childcare")]),
            ],
            heading=_("Cost and conditions"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("accessible_toilet")]),
                FieldRowPanel([FieldPanel("hearing_loop"), FieldPanel("sign_language")]),
            ],
            heading=_("Accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("provider"), FieldPanel("provider_name")]),
                FieldPanel("contact_point"),
                FieldPanel("contact_role"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
                FieldPanel("booking_url"),
            ],
            heading=_("Provider and contact"),
        ),
        *AddressMixin.address_panels,
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening hours")),
        InlinePanel("closures", heading=_("Closures and holidays"), label=_("Closure")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                *ReviewMixin.review_panels,
            ],
            heading=_("Validity and review"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.FilterField("town"),
        index.FilterField("cost"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("town"),
        APIField("cost"),
        APIField("street"),
        APIField("postcode"),
        APIField("city"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("contact_role"),
        APIField("contact_phone"),
        APIField("contact_email"),
        APIField("booking_url"),
        APIField("valid_from"),
        APIField("valid_until"),
        APIField("last_reviewed"),
    ]

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    def clean(self):
        super().clean()
        errors = self.clean_address()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("“Valid until” must not be before “valid from”.")
        if self.cost != Cost.FREE and self.fee_amount is None and not self.fee_note:
            errors["fee_amount"] = _("Give the fee or a note on it.")
        if self.cost == Cost.FREE and self.fee_amount:
            errors["fee_amount"] = _("A free offer has no fee.")
        if errors:
            raise ValidationError(errors)

    def publication_problems(self):
        return [] if reachability.is_reachable(self) else [str(reachability.missing_message())]

    @property
    def is_free(self):
        return self.cost == Cost.FREE

    @property
    def accessibility_features(self):
        return [
            self._meta.get_field(name).verbose_name
            for name in ("step_free", "accessible_toilet", "hearing_loop", "sign_language")
            if getattr(self, name)
        ]


class OfferHours(AbstractOpeningHours):
    page = ParentalKey(OfferPage, related_name="opening_hours", on_delete=models.CASCADE)


class OfferClosure(AbstractClosure):
    page = ParentalKey(OfferPage, related_name="closures", on_delete=models.CASCADE)
