"""Sending the digest to every confirmed subscriber, each in their language."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsletter.models import Digest, Subscription

from .digest import build_digest, default_since
from .links import absolute, unsubscribe_url
from .subscriptions import purge_unconfirmed

logger = logging.getLogger("kreisnetz.newsletter")


@dataclass
class SendReport:
    since: object
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    purged: int = 0
    per_language: dict = field(default_factory=dict)
    dry_run: bool = False


def render_digest(content, subscription=None):
    """Subject, plain text and HTML of a digest; with an unsubscribe link when it is for a reader."""
    from django.urls import reverse

    with translation.override(content.language):
        context = {
            "digest": content,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "language": content.language,
            "rtl": translation.get_language_bidi(),
            "unsubscribe_url": unsubscribe_url(subscription) if subscription else "",
            "preview_url": absolute(reverse("newsletter_preview")),
        }
        subject = _("%(site)s: new trainings, offers and events") % {"site": settings.WAGTAIL_SITE_NAME}
        text = render_to_string("newsletter/email/digest.txt", context)
        html = render_to_string("newsletter/email/digest.html", context)
    return subject, text, html


def digest_message(content, subscription, connection=None):
    subject, text, html = render_digest(content, subscription)
    link = unsubscribe_url(subscription)
    message = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [subscription.email],
        connection=connection,
        headers={
            # RFC 2369 and RFC 8058: mail programs offer a one-click unsubscribe (a POST to the link).
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def send_digests(*, since=None, dry_run=False, now=None):
    """One digest per confirmed subscriber; a failing mail is logged and the others continue."""
    now = now or timezone.now()
    since = since or default_since(now)
    report = SendReport(since=since, dry_run=dry_run)
    if not dry_run:
        report.purged = purge_unconfirmed(now)
    subscriptions = Subscription.objects.filter(status=Subscription.Status.CONFIRMED).prefetch_related(
        "towns"
    )
    contents = {}
    connection = get_connection()
    for subscription in subscriptions.order_by("pk"):
        towns = sorted(town.pk for town in subscription.towns.all())
        key = (subscription.language, tuple(towns))
        if key not in contents:
            contents[key] = build_digest(subscription.language, subscription.towns.all(), since, now)
        content = contents[key]
        if content.is_empty:
            report.skipped += 1
            continue
        if dry_run:
            _count(report, subscription)
            continue
        try:
            digest_message(content, subscription, connection).send()
        except Exception as exc:  # noqa: BLE001 - one failing address must not stop the others
            logger.warning("digest for subscription %s failed: %s", subscription.pk, type(exc).__name__)
            report.failed += 1
            continue
        Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=now)
        report.sent += 1
        _count(report, subscription)
    if not dry_run:
        Digest.objects.create(
            sent_at=now, since=since, recipients=report.sent, failed=report.failed, skipped=report.skipped
        )
    return report


def _count(report, subscription):
    report.per_language[subscription.language] = report.per_language.get(subscription.language, 0) + 1
