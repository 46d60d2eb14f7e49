"""What pages about places share: the town they belong to, an address with coordinates, a review
cycle, a cost, the admin form that checks opening hours, and which page types are places."""

import datetime
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .opening_hours import overlapping
from .towns import town_page_model

# Germany's bounding box: coordinates outside it are a typing error for a German county.
GERMANY = {"lat": (Decimal("47.2"), Decimal("55.1")), "lon": (Decimal("5.8"), Decimal("15.1"))}


class Cost(models.TextChoices):
    FREE = "free", _("free of charge")
    FEE = "fee", _("fee")
    REDUCED = "reduced", _("fee, reduced rate available")


class TownMixin(models.Model):
    """The town a page belongs to, derived from its place in the tree (empty: county-wide)."""

    town = models.ForeignKey(
        settings.KREISNETZ_TOWN_PAGE_MODEL,
        verbose_name=_("town"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Given by the page model this mixin is combined with (treebeard's materialised path).
    path: str
    steplen: int

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.path:
            self.town = self.derive_town()
        return super().save(*args, **kwargs)

    def derive_town(self, parent=None):
        path = parent.path if parent is not None else self.path[: -self.steplen] if self.path else ""
        if not path:
            return None
        prefixes = [path[:length] for length in range(self.steplen, len(path) + 1, self.steplen)]
        return town_page_model().objects.filter(path__in=prefixes).first()


class AddressMixin(models.Model):
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    city = models.CharField(_("place"), max_length=120, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(GERMANY["lat"][0]), MaxValueValidator(GERMANY["lat"][1])],
        help_text=_("Decimal degrees, e.g. 50.12345. Must lie in Germany."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(GERMANY["lon"][0]), MaxValueValidator(GERMANY["lon"][1])],
        help_text=_("Decimal degrees, e.g. 9.12345. Must lie in Germany."),
    )

    address_panels = [
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def address_lines(self):
        return [line for line in (self.street, f"{self.postcode} {self.city}".strip()) if line]

    def clean_address(self):
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            errors[field] = _("Give both latitude and longitude, or neither.")
        if self.postcode and not (self.postcode.isdigit() and len(self.postcode) == 5):
            errors["postcode"] = _("A German postcode has five digits.")
        return errors


class ReviewMixin(models.Model):
    last_reviewed = models.DateField(_("last reviewed"), default=datetime.date.today)
    review_interval_months = models.PositiveSmallIntegerField(
        _("review every … months"), default=12, validators=[MinValueValidator(1), MaxValueValidator(36)]
    )
    review_due_on = models.DateField(_("review due on"), editable=False, null=True, db_index=True)

    review_panels = [FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_interval_months")])]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.review_due_on = self.compute_review_due()
        return super().save(*args, **kwargs)

    def compute_review_due(self):
        if not self.last_reviewed:
            return None
        months = self.last_reviewed.month - 1 + (self.review_interval_months or 12)
        year = self.last_reviewed.year + months // 12
        month = months % 12 + 1
        day = min(self.last_reviewed.day, 28)
        return datetime.date(year, month, day)

    @property
    def review_overdue(self):
        return bool(self.review_due_on and self.review_due_on < datetime.date.today())


class PlacePageForm(WagtailAdminPageForm):
    """Validates what spans several fields: overlapping opening hours, address, validity."""

    hours_formset = "opening_hours"

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get(self.hours_formset)
        # modelcluster cleans the formsets after the form: clean them now to compare their rows.
        if formset is not None and formset.is_valid():
            ranges = []
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                complete = all(data.get(key) is not None for key in ("weekday", "opens", "closes"))
                if not complete or data.get("DELETE"):
                    continue
                ranges.append((data["weekday"], data["opens"], data["closes"], form))
            for _first, second in overlapping(ranges):
                second[3].add_error("opens", _("These hours overlap with other hours on the same day."))
        return cleaned


def place_models():
    """The concrete page types that are places: an address, opening hours and a review cycle."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, AddressMixin) and issubclass(model, ReviewMixin) and not model._meta.proxy
    ]
