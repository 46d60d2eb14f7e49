"""Newsletter subscriptions (double opt-in) and a record of each digest sent.

An unsubscription deletes its row: nothing personal is kept about former readers.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscription(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    towns = models.ManyToManyField(
        "home.TownPage",
        verbose_name=_("towns of interest"),
        blank=True,
        related_name="+",
        help_text=_("Empty: the whole county."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    token = models.UUIDField(_("link identifier"), default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("subscribed on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscription")
        verbose_name_plural = _("newsletter subscriptions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED


class Digest(models.Model):
    """One run of ``send_digest``: when, since when, and how many mails went out or failed."""

    sent_at = models.DateTimeField(_("sent on"), default=timezone.now)
    since = models.DateTimeField(_("new since"))
    recipients = models.PositiveIntegerField(_("mails sent"), default=0)
    failed = models.PositiveIntegerField(_("mails failed"), default=0)
    skipped = models.PositiveIntegerField(_("empty digests not sent"), default=0)

    class Meta:
        verbose_name = _("newsletter digest")
        verbose_name_plural = _("newsletter digests")
        ordering = ["-sent_at"]
        get_latest_by = "sent_at"

    def __str__(self):
        return f"{self.sent_at:%Y-%m-%d %H:%M}"
