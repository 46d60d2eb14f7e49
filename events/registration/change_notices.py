"""Registrants are told when their event is cancelled or moved (date, time or place changed).

``compare`` reads what the event was before a save; ``schedule`` decides after the save whether the
change matters to registrants and then mails each confirmed registrant and each one on the waiting
list, after the commit, in the language they registered in (German when none is recorded), with
the event's new .ics attached. Logs hold event and registration ids only, never names or addresses.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from events.models import EventPage, EventStatus, Registration, RegistrationStatus

logger = logging.getLogger("kreisnetz.registration")

TIME_FIELDS = ("start", "end", "all_day", "recurrence", "exception_dates", "extra_dates")
PLACE_FIELDS = ("venue_id", "street", "postcode", "city", "online_url")
COMPARED = ("live", "status", *TIME_FIELDS, *PLACE_FIELDS)
NOTIFIED = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)

CANCELLED = "cancelled"
MOVED = "moved"

SUBJECTS = {
    CANCELLED: lambda: _("Cancelled"),
    MOVED: lambda: _("Changed date or place"),
}


def compare(event):
    """The values of ``event`` as stored, before a save (None for a new event)."""
    if not event.pk:
        return None
    return EventPage.objects.filter(pk=event.pk).values(*COMPARED).first()


def change_of(previous, event):
    """CANCELLED, MOVED or None: what a published event's save means for its registrants."""
    if not previous or not previous["live"] or not event.live:
        return None
    if event.status == EventStatus.CANCELLED:
        return CANCELLED if previous["status"] != EventStatus.CANCELLED else None
    if event.status == EventStatus.MOVED and previous["status"] != EventStatus.MOVED:
        return MOVED
    if any(previous[name] != getattr(event, name) for name in (*TIME_FIELDS, *PLACE_FIELDS)):
        return MOVED
    return None


def schedule(previous, event):
    """After a save: mail the registrants once the transaction commits, when the change matters."""
    kind = change_of(previous, event)
    if kind is None or not registrants(event).exists():
        return None
    event_id = event.pk
    transaction.on_commit(lambda: send(event_id, kind))
    return kind


def registrants(event):
    return Registration.objects.filter(event_id=event.pk, status__in=NOTIFIED)


def _language(registration):
    return registration.language if registration.language in dict(settings.LANGUAGES) else "de"


def _ics(event):
    from events.calendar_io.ics_export import calendar_for

    return calendar_for([event], None, event.title).to_ical()


def _message(registration, event, kind):
    from .services import manage_link

    with translation.override(_language(registration)):
        context = {"registration": registration, "event": event, "link": manage_link(registration)}
        subject = f"{SUBJECTS[kind]()}: {event.title}"
        body = render_to_string(f"events/mail/event_{kind}.txt", context)
        message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
        message.attach(f"{event.slug or 'termin'}.ics", _ics(event), "text/calendar")
    return message


def send(event_id, kind):
    """Mail every registrant of the event (confirmed or waiting); returns how many were sent."""
    event = EventPage.objects.filter(pk=event_id).select_related("venue", "town", "organiser").first()
    if event is None:
        return 0
    sent = failed = 0
    for registration in registrants(event).order_by("pk"):
        try:
            _message(registration, event, kind).send()
        except Exception as exc:  # noqa: BLE001 - one failing address must not stop the others
            logger.warning(
                "event %s: %s notice to registration %s not sent (%s)",
                event.pk,
                kind,
                registration.pk,
                type(exc).__name__,
            )
            Registration.objects.filter(pk=registration.pk).update(mail_failed=True)
            failed += 1
        else:
            sent += 1
    logger.info("event %s: %s notice sent to %s registrations (%s failed)", event.pk, kind, sent, failed)
    return sent
