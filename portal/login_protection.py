"""Protection of the admin login (django-axes): whose address counts, and the page of a refusal.

django-axes counts failed logins per account and per client address (settings "Accounts" in
portal/settings/base.py). This module gives it the client address the public forms use too, and
renders the refusal in the look of Wagtail's login page, in the reader's language.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone, translation

from portal.public_forms import client_address

LOCKOUT_TEMPLATE = "portal/login_locked.html"


def client_ip(request):
    """The address that failed logins count against; behind the trusted proxy, the reader's."""
    return client_address(None, request)


def lockout_response(request, original_response=None, credentials=None):
    """429 with a page that says until when signing in is blocked (local time, no plural forms)."""
    blocked_until = timezone.localtime(timezone.now() + settings.AXES_COOLOFF_TIME)
    context = {"blocked_until": blocked_until, "show_password_reset": settings.WAGTAIL_PASSWORD_RESET_ENABLED}
    # /admin/ has no language prefix, so the browser's language (or the language cookie) decides.
    with translation.override(translation.get_language_from_request(request)):
        return render(request, LOCKOUT_TEMPLATE, context, status=429)
