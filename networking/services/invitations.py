"""Invitations to a round-table session: one e-mail per member delegate with the session's .ics.

Sent in the delegate's language (German when none is stored). Failures are logged with the
member's id, never with an address.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from events.calendar_io.ics_export import calendar_for

logger = logging.getLogger("kreisnetz.networking")


def _language(member):
    codes = {code for code, _name in settings.LANGUAGES}
    return member.delegate_language if member.delegate_language in codes else "de"


def send_invitations(session, request=None):
    """Send to every member with a delegate e-mail; return (sent, failed)."""
    event = session.event.specific
    ics = calendar_for([event], request, session.round_table.title_de).to_ical()
    sent = failed = 0
    for member in session.round_table.members.select_related("organisation"):
        if not member.delegate_email:
            continue
        with translation.override(_language(member)):
            context = {
                "session": session,
                "event": event,
                "member": member,
                "round_table": session.round_table,
            }
            subject = render_to_string("networking/mail/invitation_subject.txt", context).strip()
            body = render_to_string("networking/mail/invitation.txt", context)
        message = EmailMessage(subject, body, to=[member.delegate_email])
        message.attach(f"sitzung-{event.uid}.ics", ics, "text/calendar")
        try:
            message.send()
        except Exception:  # noqa: BLE001 - one failing address must not stop the others
            failed += 1
            logger.warning("invitation to member %s of session %s failed", member.pk, session.pk)
        else:
            sent += 1
    if sent:
        session.invitations_sent_at = timezone.now()
        session.save(update_fields=["invitations_sent_at"])
    return sent, failed
