"""Subscribing with double opt-in, confirming, unsubscribing and purging stale requests."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsletter.models import Subscription

from .links import confirm_lifetime, confirm_url, read_confirm_token, read_unsubscribe_token

logger = logging.getLogger("kreisnetz.newsletter")


def normalise(email):
    return email.strip().lower()


def subscribe(email, language, towns=()):
    """Record a request and mail the confirmation link; the caller learns nothing about membership.

    A new or still pending address gets a (new) confirmation link; a confirmed one gets nothing.
    Returns the subscription that was asked to confirm, or None.
    """
    subscription = _record(normalise(email), language, towns)
    if subscription is not None:
        send_confirmation(subscription)  # after the commit: a mail failure never loses the request
    return subscription


@transaction.atomic
def _record(email, language, towns):
    try:
        with transaction.atomic():
            subscription, created = Subscription.objects.get_or_create(
                email=email, defaults={"language": language}
            )
    except IntegrityError:  # the same address at the same moment from another request
        subscription, created = Subscription.objects.get(email=email), False
    if subscription.is_confirmed:
        return None
    if not created:  # a new request: its language, and the link lifetime counts from now
        subscription.language, subscription.created_at = language, timezone.now()
        Subscription.objects.filter(pk=subscription.pk).update(
            language=language, created_at=subscription.created_at
        )
    subscription.towns.set(towns)
    return subscription


def send_confirmation(subscription):
    """Mail the confirmation link; a failure is logged (without the address), never raised."""
    with translation.override(subscription.language):
        context = {
            "confirm_url": confirm_url(subscription),
            "days": confirm_lifetime().days,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        message = EmailMultiAlternatives(
            _("Please confirm your subscription to the %(site)s newsletter")
            % {"site": settings.WAGTAIL_SITE_NAME},
            render_to_string("newsletter/email/confirm.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [subscription.email],
        )
    try:
        message.send()
    except Exception as exc:  # noqa: BLE001 - any mail failure: the request stays, the reader may retry
        logger.warning(
            "confirmation mail for subscription %s failed: %s", subscription.pk, type(exc).__name__
        )
        return False
    return True


def confirm(token, now=None):
    """Confirm the subscription of a confirmation link; None when it no longer exists."""
    key = read_confirm_token(token)
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(token=key).first()
        if subscription is not None and not subscription.is_confirmed:
            subscription.status = Subscription.Status.CONFIRMED
            subscription.confirmed_at = now or timezone.now()
            subscription.save(update_fields=["status", "confirmed_at"])
    return subscription


def check_confirm_token(token):
    """The subscription a confirmation link names (or None); raises TokenError for a bad link."""
    return Subscription.objects.filter(token=read_confirm_token(token)).first()


def check_unsubscribe_token(token):
    return Subscription.objects.filter(token=read_unsubscribe_token(token)).first()


def unsubscribe(token):
    """Delete the subscription of an unsubscribe link. True when there was one to delete."""
    return _deleted(Subscription.objects.filter(token=read_unsubscribe_token(token))) > 0


def purge_unconfirmed(now=None):
    """Delete requests never confirmed within the link's lifetime. Returns how many."""
    limit = (now or timezone.now()) - confirm_lifetime()
    return _deleted(Subscription.objects.filter(status=Subscription.Status.PENDING, created_at__lt=limit))


def _deleted(queryset):
    _total, per_model = queryset.delete()
    return per_model.get(Subscription._meta.label, 0)
