"""Shared protection for public forms: a honeypot field and per-address rate limits.

A bot that fills the honeypot gets the same neutral answer as a person, and nothing is saved.
Rate limits count POSTs per client address in the cache (shared by all app servers in
production, Redis). Behind a reverse proxy that sets X-Forwarded-For (Caddy in docker/), set
``TRUST_X_FORWARDED_FOR`` so that each reader counts, not the proxy.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    """Adds a field people never see (hidden by the stylesheet) and bots fill in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT, "").strip())


def client_address(group, request):
    """The reader's address; behind a trusted proxy, the last entry of X-Forwarded-For."""
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def rate_limited(request, group, rate):
    """Count this POST against ``rate`` (e.g. "10/h") for the client's address; True when over."""
    return is_ratelimited(request, group=group, key=client_address, rate=rate, method="POST", increment=True)


RATE_LIMITED_MESSAGE = _("This form was sent too often from your connection. Please try again in an hour.")


def refuse_rate_limited(form):
    form.add_error(None, RATE_LIMITED_MESSAGE)
