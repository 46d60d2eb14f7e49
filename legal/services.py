"""Feedback on barriers: store it, tell the county's editors, retention for the personal data."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from .models import Feedback

logger = logging.getLogger("kreisnetz.legal")

FEEDBACK_RETENTION_DAYS = getattr(settings, "FEEDBACK_RETENTION_DAYS", 365)


def county_editor_addresses():
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=settings.KREISNETZ_GROUPS["county_editors"])
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


@transaction.atomic
def record_feedback(data, language):
    feedback = Feedback.objects.create(
        message=data["message"],
        page_address=data.get("page_address", ""),
        email=data.get("email", ""),
        language=language,
    )
    transaction.on_commit(lambda: notify_editors(feedback))
    return feedback


def notify_editors(feedback):
    """A mail to every county editor; the reader's address is not in it (it is in the inbox)."""
    recipients = county_editor_addresses()
    if not recipients:
        return 0
    from django.urls import reverse

    with override(settings.LANGUAGE_CODE):
        subject = _("New feedback on accessibility (#%(id)s)") % {"id": feedback.pk}
        body = _("A reader reported a barrier. Read and answer it in the feedback inbox: %(url)s") % {
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("legal_feedback_inbox")
        }
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # the feedback is stored; a failed mail must not lose it
        logger.exception("feedback notification failed for feedback %s", feedback.pk)
        return 0
    return len(recipients)


def purge_old_feedback(now=None):
    now = now or timezone.now()
    cutoff = now - timezone.timedelta(days=FEEDBACK_RETENTION_DAYS)
    deleted, _rows = Feedback.objects.filter(created_at__lt=cutoff).delete()
    return deleted
