"""Public newsletter views in the reader's language: subscribe, confirm, unsubscribe, preview."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.decorators import ratelimit

from portal.public_forms import client_address

from .forms import SubscribeForm
from .services import subscriptions
from .services.digest import build_digest
from .services.links import TokenError


def subscribe_rate(group, request):
    return getattr(settings, "NEWSLETTER_RATE_LIMIT", "10/h")


@require_http_methods(["GET", "POST"])
@ratelimit(key=client_address, rate=subscribe_rate, method="POST", block=False)
def subscribe(request):
    if request.method == "POST" and request.limited:
        return render(request, "newsletter/rate_limited.html", status=429)
    form = SubscribeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_spam:
            return redirect("newsletter_sent")  # robots learn nothing; nothing is saved
        if form.is_valid():
            subscriptions.subscribe(
                form.cleaned_data["email"], translation.get_language(), form.cleaned_data["towns"]
            )
            return redirect("newsletter_sent")
    status = 400 if form.is_bound else 200
    return render(request, "newsletter/subscribe.html", {"form": form.describe()}, status=status)


@require_safe
def sent(request):
    return render(request, "newsletter/sent.html")


def _bad_link(request, error):
    return render(request, "newsletter/bad_link.html", {"expired": error.expired}, status=400)


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET asks for a click (mail scanners open links); POST confirms."""
    try:
        if request.method == "POST":
            subscription = subscriptions.confirm(token)
            template = "newsletter/confirmed.html"
        else:
            subscription = subscriptions.check_confirm_token(token)
            template = "newsletter/confirm.html"
    except TokenError as error:
        return _bad_link(request, error)
    if subscription is None:
        return render(request, "newsletter/bad_link.html", {"gone": True}, status=404)
    return render(request, template, {"subscription": subscription})


@csrf_exempt  # RFC 8058: the mail program posts "List-Unsubscribe=One-Click" without a form
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks for a click; POST (the button, or a mail program's one-click) deletes the row."""
    try:
        if request.method == "POST":
            subscriptions.unsubscribe(token)
            return render(request, "newsletter/unsubscribed.html")
        subscription = subscriptions.check_unsubscribe_token(token)
    except TokenError as error:
        return _bad_link(request, error)
    if subscription is None:
        return render(request, "newsletter/unsubscribed.html")
    return render(request, "newsletter/unsubscribe.html", {"token": token})


@require_safe
def preview(request):
    """The digest as the next mail would show it to a reader of this language (no subscriber data)."""
    return render(request, "newsletter/preview.html", {"digest": build_digest(translation.get_language())})
