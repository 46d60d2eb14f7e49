"""Shared protection for public forms: a honeypot field and per-IP rate limits.

A bot that fills the honeypot gets the same neutral answer as a person, and nothing is saved.
Rate limits count POSTs per client address in the cache (shared by all app servers in
production, Redis); a limited request gets its form back, filled in as sent, with a message in
the reader's language and status 429, so nothing typed is lost.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

HONEYPOT = "homepage"


class HoneypotMixin(forms.Form):
    """Adds a field people never see (hidden by the stylesheet) and bots fill in."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def is_spam(self):
        return bool(self.data.get(HONEYPOT, "").strip())


def rate_limited(request, group, rate):
    """Count this POST against ``rate`` (e.g. "10/h") for the client's address; True when over."""
    return is_ratelimited(request, group=group, key="ip", rate=rate, method="POST", increment=True)


RATE_LIMITED_MESSAGE = _("This form was sent too often from your connection. Please try again in an hour.")


def refuse_rate_limited(form):
    form.add_error(None, RATE_LIMITED_MESSAGE)
