"""Registration for events: the event's settings (a mixin of EventPage) and the registrations."""

import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path

MAX_PEOPLE = 10


class RegistrationMixin(models.Model):
    """Whether and how people register for an event (once for the whole event or course series)."""

    registration_required = models.BooleanField(_("registration required"), default=False)
    capacity = models.PositiveIntegerField(
        _("places (people)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("How many people can take part. Required when registration is on."),
    )
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration closes when the event starts."),
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the event is full, further people go on a waiting list and move up automatically."),
    )

    registration_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("registration_required"), FieldPanel("waiting_list")]),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes")]),
            ],
            heading=_("Registration"),
        )
    ]

    class Meta:
        abstract = True

    def clean_registration(self):
        """Errors of the registration settings, by field name."""
        errors = {}
        if not self.registration_required:
            return errors
        if not self.capacity:
            errors["capacity"] = _("Give the number of places when registration is required.")
        if self.recurrence and not is_finite(self.recurrence):
            errors["recurrence"] = _(
                "An event with registration needs an end to its repetition: "
                "add COUNT=… or UNTIL=… to the rule."
            )
        if self.registration_closes and self.start and self.registration_closes > self.start:
            errors["registration_closes"] = _("Registration must close at the latest when the event starts.")
        return errors

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings

        from events.registration.services import availability

        context = super().get_context(request, *args, **kwargs)
        if self.registration_required:
            context["registration_state"] = availability(self)
        context["retention_days"] = settings.REGISTRATION_RETENTION_DAYS
        context["confirm_hours"] = settings.REGISTRATION_CONFIRM_HOURS
        return context

    @property
    def registration_deadline(self):
        return self.registration_closes or self.start

    @path("register/", name="register")
    def register_route(self, request):
        from events.registration import views as registration_views
        from events.registration.services import serialized

        with serialized():
            return registration_views.register(request, self)

    @path("register/resend/", name="register_resend")
    def resend_route(self, request):
        from events.registration import views as registration_views

        return registration_views.resend(request, self)


def is_finite(rule):
    parts = {part.split("=", 1)[0].strip().upper() for part in rule.replace("\n", ";").split(";") if part}
    return bool(parts & {"COUNT", "UNTIL"})


def normalise_email(address):
    """The form of an e-mail address that says whether two registrations are the same person's.

    Surrounding spaces are stripped, the address is brought to Unicode NFKC (full-width and
    composed characters compare equal) and the WHOLE address is casefolded. RFC 5321 allows a
    case-sensitive local part, but no provider in practice gives ``Amal@`` and ``amal@`` to two
    people, while people do type their address differently on a second try; so the local part
    is folded too. Nothing else is changed: dots and ``+tags`` are real differences at most
    providers. The address itself is stored as given and mails go to it.
    """
    folded = unicodedata.normalize("NFKC", (address or "").strip()).casefold()
    return unicodedata.normalize("NFKC", folded)


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("not yet confirmed")
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")


class Registration(models.Model):
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    # One registration per person and event: see normalise_email (set on every save).
    email_key = models.CharField(_("e-mail address (normalised)"), max_length=254, editable=False, default="")
    people = models.PositiveSmallIntegerField(
        _("number of people"), default=1, validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE)]
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    accessibility_consent = models.BooleanField(_("consent to store the accessibility needs"), default=False)
    language = models.CharField(_("language"), max_length=16, default="de")
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, default=RegistrationStatus.PENDING
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("moved up from the waiting list at"), null=True, blank=True)
    mail_failed = models.BooleanField(_("last e-mail could not be sent"), default=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["event", "status"], name="registration_event_status")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(people__gte=1, people__lte=MAX_PEOPLE), name="registration_people_range"
            ),
            models.CheckConstraint(
                condition=models.Q(accessibility_needs="") | models.Q(accessibility_consent=True),
                name="registration_needs_need_consent",
            ),
            models.UniqueConstraint(
                fields=["event", "email_key"],
                condition=~models.Q(status="cancelled"),
                name="registration_one_per_person",
                violation_error_message=_("You are already registered for this event."),
            ),
        ]

    def __str__(self):
        return f"registration {self.pk}"

    def save(self, *args, **kwargs):
        self.email_key = normalise_email(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_key"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.accessibility_needs.strip() and not self.accessibility_consent:
            raise ValidationError(
                {"accessibility_consent": _("To store your accessibility needs we need your consent.")}
            )

    @property
    def holds_places(self):
        return self.status == RegistrationStatus.CONFIRMED
