"""A calendar of another site (a URL to an .ics file) whose events are imported as drafts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CalendarSubscription(models.Model):
    calendar = models.ForeignKey(
        "events.EventIndexPage",
        verbose_name=_("import into calendar"),
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    url = models.CharField(
        _("address of the calendar (.ics)"),
        max_length=500,
        help_text=_("An http, https or webcal address, e.g. webcal://example.org/events.ics."),
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Synchronised by the hourly job."))
    last_synced_at = models.DateTimeField(_("last synchronised"), null=True, blank=True, editable=False)
    last_result = models.CharField(_("last result"), max_length=300, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")
        ordering = ["calendar__path", "url"]
        constraints = [
            models.UniqueConstraint(fields=["calendar", "url"], name="unique_subscription_per_calendar")
        ]

    def __str__(self):
        return self.url
