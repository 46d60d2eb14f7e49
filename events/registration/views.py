"""Public registration views: the form (a route of the event page) and the token links."""

from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.public_forms import rate_limited

from ..models import RegistrationStatus
from . import services as service
from .forms import RegistrationForm

TEMPLATES = "events/registration/"


def _limited(request):
    return rate_limited(request, "events.registration", settings.REGISTRATION_RATE_LIMIT)


def _message(request, title, message, status, event=None):
    context = {"title": title, "message": message, "event": event}
    return render(request, TEMPLATES + "message.html", context, status=status)


def _too_many(request):
    return _message(
        request,
        _("Too many attempts"),
        _("Too many registrations were sent from your connection. Please try again in an hour."),
        429,
    )


def register(request, event):
    """GET: the form; POST: a pending registration and the confirm mail."""
    if request.method not in ("GET", "HEAD", "POST"):
        return _message(request, _("Not possible"), _("This address only shows a form."), 405)
    state = service.availability(event)
    form = RegistrationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if _limited(request):
            return _too_many(request)
        if form.is_spam:  # a neutral answer, nothing saved
            return event.render(request, context_overrides={"sent": True}, template=TEMPLATES + "sent.html")
        if not state.open:
            status = 409
        elif form.is_valid():
            try:
                registration = service.register(
                    event, **form.registration_data, language=translation.get_language()
                )
            except service.AlreadyRegistered as exc:
                form.add_error("email", str(exc))
                return _render_form(request, event, form, state, status=409)
            except service.RegistrationRefused as exc:
                state = service.availability(event)
                return _render_form(request, event, form, state, notice=str(exc), status=409)
            return _sent(request, event, registration)
        else:
            status = 400
    return _render_form(request, event, form, state, status=status)


def _render_form(request, event, form, state, notice=None, status=200):
    context = {"form": form, "state": state, "notice": notice}
    response = event.render(request, context_overrides=context, template=TEMPLATES + "register.html")
    response.status_code = status
    return response


def _sent(request, event, registration, resent=False):
    registration.refresh_from_db(fields=["mail_failed", "status"])
    context = {
        "registration": registration,
        "resend_token": service.make_token(registration, service.RESEND_SALT),
        "resent": resent,
    }
    return event.render(request, context_overrides=context, template=TEMPLATES + "sent.html")


def resend(request, event):
    """Send the last mail again (after a mail failure), identified by a signed token."""
    if request.method != "POST":
        return _message(request, _("Not possible"), _("Use the button to send the e-mail again."), 405, event)
    if _limited(request):
        return _too_many(request)
    try:
        registration = service.registration_from_token(
            request.POST.get("token", ""), service.RESEND_SALT, max_age=service.confirm_max_age()
        )
    except service.TokenInvalid as exc:
        return _token_problem(request, exc)
    if registration.event_id != event.pk:
        return _token_problem(request, service.TokenInvalid())
    service.resend(registration)
    return _sent(request, event, registration, resent=True)


def _token_problem(request, exc):
    if exc.expired:
        return _message(
            request,
            _("This link has expired"),
            _("The link is no longer valid. Please register again on the page of the event."),
            400,
        )
    return _message(
        request,
        _("This link is not valid"),
        _(
            "The link is incomplete or the registration no longer exists. "
            "Please copy the whole link from the e-mail, or register again."
        ),
        404,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """Double opt-in: GET shows a button (mail scanners open links), POST allocates places."""
    with service.serialized():
        return _confirm(request, token)


def _confirm(request, token):
    try:
        registration = service.registration_from_token(
            token, service.CONFIRM_SALT, max_age=service.confirm_max_age()
        )
    except service.TokenInvalid as exc:
        return _token_problem(request, exc)
    context = {"registration": registration, "event": registration.event}
    if request.method == "POST" or registration.status != RegistrationStatus.PENDING:
        try:
            registration = service.confirm(registration)
        except service.RegistrationRefused as exc:
            return _message(request, _("Registration not possible"), str(exc), 409, registration.event)
        registration.refresh_from_db(fields=["mail_failed"])
        context.update(
            registration=registration,
            manage_url=service.manage_path(registration),
            resend_token=service.make_token(registration, service.RESEND_SALT),
        )
        return render(request, TEMPLATES + "confirmed.html", context)
    return render(request, TEMPLATES + "confirm.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    """The registrant's own page: status, cancel, delete."""
    with service.serialized():
        return _manage(request, token)


def _manage(request, token):
    try:
        registration = service.registration_from_token(token, service.MANAGE_SALT)
    except service.TokenInvalid as exc:
        return _token_problem(request, exc)
    event = registration.event
    done = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "delete":
            service.delete(registration)
            return _message(
                request,
                _("Your registration is deleted"),
                _("We deleted your registration and all data you gave us for it."),
                200,
                event,
            )
        if action == "cancel":
            registration, _promoted = service.cancel(registration)
            done = _("Your registration is cancelled. Thank you for letting us know.")
        else:
            return _message(request, _("Not possible"), _("Please use one of the buttons."), 400, event)
    context = {"registration": registration, "event": event, "done": done}
    return render(request, TEMPLATES + "manage.html", context)
