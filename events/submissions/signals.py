"""Moderation outcomes of submitted events reach their submitters."""

from wagtail.signals import workflow_approved, workflow_rejected


def _approved(sender, instance, user=None, **kwargs):
    from .services import record_decision

    record_decision(instance, approved=True)


def _rejected(sender, instance, user=None, **kwargs):
    from .services import record_decision

    record_decision(instance, approved=False)


def connect():
    workflow_approved.connect(_approved, dispatch_uid="events-submission-approved")
    workflow_rejected.connect(_rejected, dispatch_uid="events-submission-rejected")
