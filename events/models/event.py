"""Event pages: dated or recurring, at a venue or online, with a stable iCalendar identity."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_save, pre_delete
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.search import index
from wagtail.signals import page_published

from portal.models import BasePage
from portal.places import AddressMixin, Cost, TownMixin

from .registration import RegistrationMixin


class EventKind(models.TextChoices):
    MEETING_PLACE = "meeting_place", _("meeting place")
    SPORT = "sport", _("sport")
    CULTURE = "culture", _("culture")
    INFORMATION = "information", _("information evening")
    COURSE = "course", _("course")
    TRAINING = "training", _("training")
    ROUND_TABLE = "round_table", _("round table")
    OTHER = "other", _("other")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("scheduled")
    CANCELLED = "cancelled", _("cancelled")
    MOVED = "moved", _("moved")


class TrainingAudience(models.TextChoices):
    STAFF = "staff", _("town and county staff")
    VOLUNTEERS = "volunteers", _("volunteers")
    EVERYONE = "everyone", _("everyone")


# Fields whose change is a new version of the event for calendar programs (SEQUENCE).
CALENDAR_FIELDS = ("start", "end", "all_day", "recurrence", "exception_dates", "extra_dates", "status")


class EventPage(RegistrationMixin, RoutablePageMixin, TownMixin, AddressMixin, BasePage):
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all day"), default=False)
    recurrence = models.CharField(
        _("repeats (RRULE)"),
        max_length=300,
        blank=True,
        help_text=_("iCalendar rule, e.g. FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1WE;COUNT=10."),
    )
    exception_dates = models.TextField(
        _("not on these dates"), blank=True, help_text=_("One date per line, e.g. 2026-12-24.")
    )
    extra_dates = models.TextField(
        _("also on these dates"),
        blank=True,
        help_text=_("One date per line, with a time when it differs from the start, e.g. 2026-12-24 18:00."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.OTHER)
    training_audience = models.CharField(
        _("training for"),
        max_length=20,
        choices=TrainingAudience.choices,
        blank=True,
        help_text=_("Required for trainings; other kinds have no audience."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    venue = models.ForeignKey(
        "offers.ContactPointPage",
        verbose_name=_("venue (contact point)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Or give an address below."),
    )
    online_url = models.URLField(_("online link"), blank=True)
    organiser = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    languages = ParentalManyToManyField("offers.LanguageCode", verbose_name=_("languages"), blank=True)
    target_groups = ParentalManyToManyField("offers.TargetGroup", verbose_name=_("target groups"), blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    fee_amount = models.DecimalField(_("fee in euro"), max_digits=7, decimal_places=2, null=True, blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    image = models.ForeignKey(
        "portal.KreisnetzImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("alternative text of the image"), max_length=250, blank=True)
    uid = models.UUIDField(_("calendar identifier"), default=uuid.uuid4, editable=False, unique=True)
    sequence = models.PositiveIntegerField(_("calendar version"), default=0, editable=False)
    # Imported events: the UID in the source calendar (unique per calendar, see services/ics_import.py).
    import_uid = models.CharField(
        _("UID in the imported calendar"), max_length=255, blank=True, editable=False, db_index=True
    )
    import_source = models.ForeignKey(
        "events.CalendarSubscription",
        verbose_name=_("imported from subscription"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="events",
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"
    # A copy is a new event for calendar programs: new UID, first version, not matched by re-imports.
    exclude_fields_in_copy = ["uid", "sequence", "import_uid", "import_source"]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day")]),
                FieldPanel("recurrence"),
                FieldRowPanel([FieldPanel("exception_dates"), FieldPanel("extra_dates")]),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("training_audience"), FieldPanel("organiser")],
            heading=_("What and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("target_groups"),
                FieldPanel("cost"),
                FieldPanel("fee_amount"),
                FieldPanel("step_free"),
            ],
            heading=_("For whom"),
        ),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading=_("Where")),
        *AddressMixin.address_panels,
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        *RegistrationMixin.registration_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("town"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        from events.services.recurrence import RecurrenceError, parse_dates, parse_extra_dates, validate_rule

        super().clean()
        errors = self.clean_address()
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        for field, parser in (("exception_dates", parse_dates), ("extra_dates", parse_extra_dates)):
            try:
                parser(getattr(self, field))
            except RecurrenceError as exc:
                errors[field] = str(exc)
        if self.recurrence and self.start and "recurrence" not in errors:
            try:
                validate_rule(self)
            except RecurrenceError as exc:
                errors["recurrence"] = str(exc)
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("An image needs an alternative text.")
        if self.cost != Cost.FREE and self.fee_amount is None:
            errors["fee_amount"] = _("Give the fee.")
        if self.kind == EventKind.TRAINING and not self.training_audience:
            errors["training_audience"] = _(
                "A training must say for whom it is: town and county staff, volunteers or everyone."
            )
        elif self.kind != EventKind.TRAINING:
            self.training_audience = ""  # only trainings have an audience
        errors = {**self.clean_registration(), **errors}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.kind != EventKind.TRAINING:
            self.training_audience = ""
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values(*CALENDAR_FIELDS).first()
            if previous and any(previous[name] != getattr(self, name) for name in CALENDAR_FIELDS):
                self.sequence += 1
        # A full save (publishing, not a draft's metadata): registrants hear of a cancellation or move.
        notices = None
        if kwargs.get("update_fields") is None:
            from events.registration import change_notices as notices

            before = notices.compare(self)
        result = super().save(*args, **kwargs)
        if notices is not None:
            notices.schedule(before, self)
        return result

    def get_context(self, request, *args, **kwargs):
        import datetime

        from django.utils import timezone

        from events.services.recurrence import occurrences

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["upcoming"] = occurrences(self, now, now + datetime.timedelta(days=120), limit=10)
        return context

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def location(self):
        """Where it takes place, never nothing (events.services.location)."""
        from events.services.location import event_location

        return event_location(self)

    @property
    def place(self):
        """Where it happens: the venue (a contact point) or the event's own address."""
        return self.venue if self.venue_id else self


def _fill_new_places(sender, instance, **kwargs):
    """A published change (e.g. more places) moves people up from the waiting list."""
    from events.registration.services import capacity_changed

    capacity_changed(instance)


page_published.connect(_fill_new_places, sender=EventPage, dispatch_uid="events:fill-new-places")


def _store_occurrences(sender, instance, update_fields=None, raw=False, **kwargs):
    """Every save that may change an event's dates rewrites its stored occurrences (publishing,
    editing, the calendar import); a deleted event's rows go with it (on_delete)."""
    from events.services.occurrences import refresh
    from events.services.recurrence import RULE_FIELDS

    if raw or (update_fields is not None and not set(update_fields) & set(RULE_FIELDS)):
        return
    refresh(instance)


post_save.connect(_store_occurrences, sender=EventPage, dispatch_uid="events:store-occurrences")


def _bury_imported(sender, instance, **kwargs):
    """A deleted imported event is not imported again by the next synchronisation."""
    from events.calendar_io.tombstones import record

    record(instance)


pre_delete.connect(_bury_imported, sender=EventPage, dispatch_uid="events:bury-imported")
