"""Signed links for confirming and unsubscribing, and absolute URLs for e-mails."""

import datetime
import uuid

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


def confirm_lifetime():
    return datetime.timedelta(days=getattr(settings, "NEWSLETTER_CONFIRM_DAYS", 7))


class TokenError(ValueError):
    """A link that was altered, cut off or is too old."""

    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def absolute(path):
    """An absolute URL for ``path`` (mails are read outside the site): WAGTAILADMIN_BASE_URL + path."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirm_token(subscription):
    return signing.dumps(str(subscription.token), salt=CONFIRM_SALT)


def unsubscribe_token(subscription):
    # No expiry: the link in a digest of last year must still unsubscribe.
    return signing.dumps(str(subscription.token), salt=UNSUBSCRIBE_SALT)


def read_confirm_token(token):
    try:
        value = signing.loads(token, salt=CONFIRM_SALT, max_age=confirm_lifetime())
    except signing.SignatureExpired:
        raise TokenError(expired=True) from None
    except signing.BadSignature:
        raise TokenError() from None
    return _uuid(value)


def read_unsubscribe_token(token):
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise TokenError() from None
    return _uuid(value)


def _uuid(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise TokenError() from None


def _url(name, token, language):
    with translation.override(language):
        return absolute(reverse(name, args=[token]))


def confirm_url(subscription):
    return _url("newsletter_confirm", confirm_token(subscription), subscription.language)


def unsubscribe_url(subscription):
    return _url("newsletter_unsubscribe", unsubscribe_token(subscription), subscription.language)
