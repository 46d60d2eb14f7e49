"""Registration for events: double opt-in, places, waiting list, cancellation, purge.

Places are allocated when a registration is confirmed, inside a transaction that locks the
event row, so concurrent confirmations can never overbook an event. Mails are sent after the
commit; a failed mail is logged by registration id only and flagged, never losing the data.
"""

import datetime
import logging
import threading
from contextlib import nullcontext
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, connection, models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.models import EventPage, EventStatus, Registration, RegistrationStatus
from events.models.registration import is_finite, normalise_email
from portal.clock import BERLIN

from ..services.recurrence import RecurrenceError, last_start

logger = logging.getLogger("kreisnetz.registration")

CONFIRM_SALT = "events.registration.confirm"
MANAGE_SALT = "events.registration.manage"
RESEND_SALT = "events.registration.resend"


class RegistrationRefused(Exception):
    """The event takes no (more) registrations; the message is for the registrant."""


class AlreadyRegistered(RegistrationRefused):
    """This e-mail address holds a registration for the event already (not cancelled)."""

    def __init__(self):
        super().__init__(
            _(
                "You are already registered for this event (or on its waiting list). The e-mail we "
                "sent you has the link to confirm, see or cancel your registration."
            )
        )


class TokenInvalid(Exception):
    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


# --- State of an event -----------------------------------------------------------------------


def closed_reason(event, now=None):
    """Why ``event`` takes no registrations now (a message), or None when it is open."""
    now = now or timezone.now()
    if not event.registration_required:
        return _("This event needs no registration.")
    if event.status == EventStatus.CANCELLED:
        return _("This event is cancelled: registration is not possible.")
    if not event.live:
        return _("This event is no longer published: registration is not possible.")
    if now >= event.registration_deadline:
        return _("Registration for this event has closed.")
    return None


def places_taken(event):
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    return confirmed.aggregate(total=models.Sum("people"))["total"] or 0


def places_left(event):
    return max((event.capacity or 0) - places_taken(event), 0)


def waiting_count(event):
    return Registration.objects.filter(event=event, status=RegistrationStatus.WAITING).count()


@dataclass(frozen=True)
class Availability:
    open: bool
    reason: str | None
    capacity: int
    left: int
    waiting_list: bool

    @property
    def full(self):
        return self.left == 0


def availability(event):
    reason = closed_reason(event)
    return Availability(reason is None, reason, event.capacity or 0, places_left(event), event.waiting_list)


# --- Tokens ----------------------------------------------------------------------------------


def make_token(registration, salt):
    return signing.dumps(registration.pk, salt=salt)


def registration_from_token(token, salt, max_age=None):
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise TokenInvalid(expired=True) from None
    except signing.BadSignature:
        raise TokenInvalid() from None
    registration = Registration.objects.select_related("event").filter(pk=pk).first()
    if registration is None:
        raise TokenInvalid()
    return registration


def confirm_max_age():
    return datetime.timedelta(hours=settings.REGISTRATION_CONFIRM_HOURS)


def manage_path(registration):
    """The manage page in the active language (for links on the site)."""
    return reverse("registration_manage", args=[make_token(registration, MANAGE_SALT)])


def _link(registration, name, salt):
    """An absolute link in the registrant's language (for mails)."""
    with translation.override(registration.language):
        path = reverse(name, args=[make_token(registration, salt)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirm_link(registration):
    return _link(registration, "registration_confirm", CONFIRM_SALT)


def manage_link(registration):
    return _link(registration, "registration_manage", MANAGE_SALT)


# --- Mails -----------------------------------------------------------------------------------

MAIL_SUBJECTS = {
    "confirm": lambda: _("Please confirm your registration"),
    "confirmed": lambda: _("Your registration is confirmed"),
    "waiting": lambda: _("You are on the waiting list"),
    "promoted": lambda: _("A place has become free: your registration is confirmed"),
}


def _send(registration_id, kind):
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return
    language = registration.language if registration.language in dict(settings.LANGUAGES) else "de"
    with translation.override(language):
        context = {
            "registration": registration,
            "event": registration.event,
            "link": confirm_link(registration) if kind == "confirm" else manage_link(registration),
            "hours": settings.REGISTRATION_CONFIRM_HOURS,
        }
        subject = f"{MAIL_SUBJECTS[kind]()}: {registration.event.title}"
        body = render_to_string(f"events/mail/registration_{kind}.txt", context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    except Exception as exc:  # noqa: BLE001 - any mail failure: keep the registration, tell the user
        # No personal data in logs: the registration id and the kind of error only.
        logger.warning("registration %s: %s mail not sent (%s)", registration.pk, kind, type(exc).__name__)
        failed = True
    else:
        failed = False
    Registration.objects.filter(pk=registration.pk).update(mail_failed=failed)


def send_later(registration, kind):
    """Send after the current transaction commits (at once outside a transaction)."""
    registration_id = registration.pk
    transaction.on_commit(lambda: _send(registration_id, kind))


def mail_kind(registration):
    """Which mail tells the registrant their current state."""
    if registration.status == RegistrationStatus.PENDING:
        return "confirm"
    if registration.status == RegistrationStatus.WAITING:
        return "waiting"
    if registration.status == RegistrationStatus.CONFIRMED:
        return "promoted" if registration.promoted_at else "confirmed"
    return None


def resend(registration):
    kind = mail_kind(registration)
    if kind:
        send_later(registration, kind)
    return kind


# --- Registering, confirming, cancelling -----------------------------------------------------


_SQLITE_SERIAL = threading.RLock()


def serialized():
    """Around a whole request that changes registrations.

    PostgreSQL needs nothing here: the row lock in ``_lock`` serialises allocations. SQLite
    (development and tests only) has no row locks, and its shared in-memory test database
    fails concurrent transactions instead of waiting, so there the requests of one process
    take turns.
    """
    return _SQLITE_SERIAL if connection.vendor == "sqlite" else nullcontext()


def _lock(event_id):
    """Lock the event row until the transaction ends: one allocation at a time per event."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def register(
    event, *, name, email, people, accessibility_needs="", accessibility_consent=False, language="de"
):
    """A pending registration (no place yet) and the mail with the confirm link.

    One per person and event (the normalised e-mail address, a unique constraint): a second one
    is refused with AlreadyRegistered, also when two requests race. A cancelled registration
    does not count; an unconfirmed one whose link has expired is forgotten (the purge would
    delete it anyway), so the person can start again.
    """
    reason = closed_reason(event)
    if reason:
        raise RegistrationRefused(reason)
    if not event.waiting_list and places_left(event) < people:
        raise RegistrationRefused(_("Sorry, this event is fully booked."))
    needs = accessibility_needs.strip()
    with transaction.atomic():
        _existing(event, email).filter(
            status=RegistrationStatus.PENDING, created_at__lt=timezone.now() - confirm_max_age()
        ).delete()
        if _existing(event, email).exists():
            raise AlreadyRegistered()
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    name=name.strip(),
                    email=email.strip(),
                    people=people,
                    accessibility_needs=needs,
                    accessibility_consent=bool(needs) and accessibility_consent,
                    language=language,
                )
        except IntegrityError:
            if _existing(event, email).exists():  # a parallel request of the same person won
                raise AlreadyRegistered() from None
            raise
        send_later(registration, "confirm")
    return registration


def _existing(event, email):
    """The registrations of this person for ``event`` that count (all but cancelled ones)."""
    registrations = Registration.objects.filter(event=event, email_key=normalise_email(email))
    return registrations.exclude(status=RegistrationStatus.CANCELLED)


def confirm(registration, now=None):
    """Allocate places: confirmed if they fit, else the waiting list (or refused when full).

    Returns the registration with its new status; a registration that is already past
    pending is returned unchanged (opening the link twice is harmless).
    """
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.PENDING:
            return registration
        reason = closed_reason(event, now)
        if reason:
            raise RegistrationRefused(reason)
        full = False
        if registration.people <= places_left(event):
            registration.status = RegistrationStatus.CONFIRMED
        elif event.waiting_list:
            registration.status = RegistrationStatus.WAITING
        else:
            full = True
            registration.delete()  # no place and no list: keep no data
        if not full:
            registration.confirmed_at = now
            registration.save(update_fields=["status", "confirmed_at"])
            send_later(registration, registration.status)
    if full:
        raise RegistrationRefused(_("Sorry, this event was fully booked in the meantime."))
    return registration


def promote(event, now=None):
    """Move people up from the waiting list, first come first served, while they fit.

    Strictly in order: when the first on the list does not fit, nobody behind them jumps ahead.
    Call inside the transaction that holds the event lock.
    """
    now = now or timezone.now()
    left = places_left(event)
    promoted = []
    waiting = Registration.objects.filter(event=event, status=RegistrationStatus.WAITING)
    for registration in waiting.order_by("confirmed_at", "pk"):
        if registration.people > left:
            break
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        send_later(registration, "promoted")
        left -= registration.people
        promoted.append(registration)
    return promoted


def cancel(registration):
    """The registrant cancels: their places go to the waiting list."""
    with transaction.atomic():
        event = _lock(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration, []
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status"])
        return registration, promote(event)


def delete(registration):
    """The registrant deletes their data (cancelling first, when they held places)."""
    with transaction.atomic():
        event = _lock(registration.event_id)
        Registration.objects.filter(pk=registration.pk).delete()
        return promote(event)


def capacity_changed(event):
    """After an organiser raised the capacity: fill the new places from the waiting list."""
    if not event.registration_required or event.status == EventStatus.CANCELLED:
        return []
    with transaction.atomic():
        return promote(_lock(event.pk))


# --- Organisers ------------------------------------------------------------------------------


def registrations_for(event):
    return Registration.objects.filter(event=event).exclude(status=RegistrationStatus.PENDING)


# --- Purge -----------------------------------------------------------------------------------


def last_end(event):
    """End of the event's last occurrence, or None when it repeats without end."""
    if event.recurrence and not is_finite(event.recurrence):
        return None
    try:
        last = last_start(event)
    except RecurrenceError:
        return None
    if last is None:
        return event.end
    return last.replace(tzinfo=BERLIN) + (event.end - event.start)


@dataclass(frozen=True)
class PurgeResult:
    after_event: int
    unconfirmed: int


def purge(now=None):
    """Delete registrations N days after their event's last date, and expired unconfirmed ones."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.REGISTRATION_RETENTION_DAYS)
    event_ids = Registration.objects.values_list("event_id", flat=True).distinct()
    expired = [
        event.pk
        for event in EventPage.objects.filter(pk__in=event_ids)
        if (end := last_end(event)) is not None and end <= cutoff
    ]
    after_event = Registration.objects.filter(event_id__in=expired).delete()[0]
    unconfirmed = Registration.objects.filter(
        status=RegistrationStatus.PENDING, created_at__lt=now - confirm_max_age()
    ).delete()[0]
    return PurgeResult(after_event, unconfirmed)
