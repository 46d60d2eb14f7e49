"""Personal data of events: registrations (name, address, needs) and who submitted an event."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.personal_data import Source, interpolated, register


def _registrations(email):
    from .models import Registration

    return Registration.objects.filter(email__iexact=email).select_related("event")


def export_registrations(email):
    return [
        {
            "event": item.event.title,
            "event_id": item.event_id,
            "name": item.name,
            "email": item.email,
            "people": item.people,
            "accessibility_needs": item.accessibility_needs,
            "language": item.language,
            "status": item.status,
            "registered_at": item.created_at.isoformat(),
            "confirmed_at": item.confirmed_at.isoformat() if item.confirmed_at else None,
        }
        for item in _registrations(email)
    ]


def delete_registrations(email):
    from .registration import services as registration

    found = list(_registrations(email))
    for item in found:
        registration.delete(item)  # frees the places for the waiting list
    return len(found)


def _submissions(email):
    from .models import EventSubmission

    return EventSubmission.objects.filter(submitter__email__iexact=email).select_related(
        "event", "organisation"
    )


def export_submissions(email):
    from .submissions.languages import shown_title

    return [
        {
            "event": shown_title(item.event, item.language)[0],
            "event_id": item.event_id,
            "organisation": item.organisation.name,
            "submitter": item.submitter.get_username(),
            "language": item.language,
            "status": item.status,
            "submitted_at": item.submitted_at.isoformat(),
        }
        for item in _submissions(email)
    ]


def delete_submissions(email):
    """The event stays (it is the organisation's public content); the link to the person goes."""
    return _submissions(email).update(submitter=None)


register(
    Source(
        key="event_registrations",
        name=_("Event registrations"),
        what=_("Name, e-mail address, number of people, accessibility needs (with consent), language"),
        why=_("To give places at an event and tell the registrant about changes"),
        retention=interpolated(
            _("%(days)s days after the event's last date; unconfirmed ones when the link expires"),
            days=settings.REGISTRATION_RETENTION_DAYS,
        ),
        export=export_registrations,
        delete=delete_registrations,
    )
)
register(
    Source(
        key="event_submissions",
        name=_("Event submissions"),
        what=_("Which user account submitted which event, language, moderation decision"),
        why=_("To tell the submitter about the moderation's decision"),
        retention=_("As long as the user account exists; the event itself is public content"),
        export=export_submissions,
        delete=delete_submissions,
    )
)
