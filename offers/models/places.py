"""What offers and contact points share: an address with coordinates, opening hours,
closures and a review cycle."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

# Germany's bounding box: coordinates outside it are a typing error for a German county.
GERMANY = {"lat": (Decimal("47.2"), Decimal("55.1")), "lon": (Decimal("5.8"), Decimal("15.1"))}


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


class AbstractOpeningHours(Orderable):
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta:
        abstract = True
        ordering = ["weekday", "opens"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class AbstractClosure(Orderable):
    """A holiday or other exception: closed (or special hours) from a date until a date."""

    date_from = models.DateField(_("from"))
    date_until = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty for a single day."))
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("date_from"), FieldPanel("date_until")]), FieldPanel("note")]

    class Meta:
        abstract = True
        ordering = ["date_from"]

    @property
    def last_day(self):
        return self.date_until or self.date_from

    def clean(self):
        if self.date_from and self.date_until and self.date_until < self.date_from:
            raise ValidationError({"date_until": _("The end of the closure must not be before its start.")})


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


def overlapping(ranges):
    """Pairs (earlier, later) of (weekday, opens, closes, ...) ranges overlapping on one weekday."""
    clashes = []
    by_day = {}
    for item in ranges:
        by_day.setdefault(item[0], []).append(item)
    for items in by_day.values():
        items.sort(key=lambda item: item[1])
        latest = items[0]
        for item in items[1:]:
            if item[1] < latest[2]:
                clashes.append((latest, item))
            if item[2] > latest[2]:
                latest = item
    return clashes


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
