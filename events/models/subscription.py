"""A calendar of another site (a URL to an .ics file) whose events are imported as drafts."""

from django.conf import settings
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
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner of the imported events"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who set up the subscription: the events the hourly job imports belong to them."),
    )
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


class ImportTombstone(models.Model):
    """An imported event deleted in the portal: the synchronisation does not create it again.

    Identified as the import identifies events: the UID in the source calendar and the
    subscription (the feed) it came from. Holds no content and no personal data.
    """

    subscription = models.ForeignKey(
        CalendarSubscription,
        verbose_name=_("calendar subscription"),
        on_delete=models.CASCADE,
        related_name="tombstones",
    )
    import_uid = models.CharField(_("UID in the imported calendar"), max_length=255)
    deleted_at = models.DateTimeField(_("deleted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("deleted imported event")
        verbose_name_plural = _("deleted imported events")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "import_uid"], name="unique_tombstone_per_feed")
        ]

    def __str__(self):
        return self.import_uid
