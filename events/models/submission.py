"""Events that members of an organisation (e.g. an MSO) submit for moderation.

The submitted event is a draft EventPage in a Wagtail moderation workflow; this record keeps
who submitted it, in which language they want to hear back, and the moderators' decision.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("waiting for moderation")
    APPROVED = "approved", _("approved and published")
    REJECTED = "rejected", _("rejected")


class EventSubmission(models.Model):
    event = models.OneToOneField(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="submission"
    )
    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="event_submissions",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="event_submissions",
    )
    language = models.CharField(_("language of the submitter"), max_length=10)
    status = models.CharField(
        _("status"), max_length=10, choices=SubmissionStatus.choices, default=SubmissionStatus.PENDING
    )
    reason = models.TextField(_("reason given by the moderation"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("event submission")
        verbose_name_plural = _("event submissions")

    def __str__(self):
        return f"{self.event} ({self.get_status_display()})"


class SubmissionApprovalTask(GroupApprovalTask):
    """The moderation step of submitted events: a group approval that offers "approve" only
    once the German text (the source language) is there; a submitter may write in any language."""

    class Meta:
        verbose_name = _("approval of a submitted event")
        verbose_name_plural = _("approvals of submitted events")

    def get_actions(self, obj, user):
        from ..submissions.languages import approval_blocked

        actions = super().get_actions(obj, user)
        if actions and approval_blocked(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve submitted events once their German text is there")
