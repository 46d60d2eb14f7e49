"""Registrants are mailed when their event is cancelled or moved: their language, the new .ics,
after the commit, and no personal data in the logs."""

import datetime
import logging

import pytest
from django.core import mail
from icalendar import Calendar

from events.models import RegistrationStatus

from .registrations import RegistrationFactory

pytestmark = pytest.mark.django_db


def publish_change(event, capture, **changes):
    draft = event.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    with capture(execute=True):
        draft.save_revision().publish()


def test_moving_mails_confirmed_and_waiting_registrants_in_their_language(
    course, django_capture_on_commit_callbacks
):
    event = course(capacity=1)
    RegistrationFactory(event=event, language="en", email="en@example.org")
    RegistrationFactory(event=event, language="", email="none@example.org", status=RegistrationStatus.WAITING)
    RegistrationFactory(
        event=event, language="uk", email="gone@example.org", status=RegistrationStatus.CANCELLED
    )
    RegistrationFactory(event=event, email="pending@example.org", status=RegistrationStatus.PENDING)
    later = event.start + datetime.timedelta(days=1, hours=1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        draft = event.get_latest_revision_as_object()
        draft.start, draft.end = later, later + datetime.timedelta(hours=2)
        draft.save_revision().publish()
    assert mail.outbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_address) == ["en@example.org", "none@example.org"]
    english, german = by_address["en@example.org"], by_address["none@example.org"]
    assert english.subject.startswith("Changed date or place")
    assert german.subject.startswith("Termin oder Ort geändert")
    assert "Hello" in english.body and "Guten Tag" in german.body
    name, content, mimetype = english.attachments[0]
    assert mimetype == "text/calendar" and name.endswith(".ics")
    vevent = Calendar.from_ical(content).walk("VEVENT")[0]
    assert vevent["DTSTART"].dt == later
    assert int(vevent["SEQUENCE"]) >= 1


def test_cancelling_mails_once_and_saving_unchanged_mails_nothing(course, django_capture_on_commit_callbacks):
    event = course()
    RegistrationFactory(event=event, language="ar", email="ar@example.org")
    publish_change(event, django_capture_on_commit_callbacks, intro="Neuer Text")
    assert mail.outbox == []  # only the text changed
    publish_change(event, django_capture_on_commit_callbacks, status="cancelled")
    assert [message.to[0] for message in mail.outbox] == ["ar@example.org"]
    assert mail.outbox[0].subject.startswith("أُلغي") or "ألغ" in mail.outbox[0].subject
    vevent = Calendar.from_ical(mail.outbox[0].attachments[0][1]).walk("VEVENT")[0]
    assert str(vevent["STATUS"]) == "CANCELLED"
    publish_change(event, django_capture_on_commit_callbacks, intro="Noch ein Text")
    assert len(mail.outbox) == 1  # already cancelled: no second mail


def test_a_new_place_is_a_move(course, django_capture_on_commit_callbacks):
    event = course(street="Marktplatz 1", postcode="12345", city="Altdorf")
    RegistrationFactory(event=event, email="de@example.org", language="de")
    publish_change(event, django_capture_on_commit_callbacks, street="Schulstraße 4")
    assert len(mail.outbox) == 1
    assert "Schulstraße 4" in mail.outbox[0].body


def test_a_draft_tells_nobody(course, django_capture_on_commit_callbacks):
    event = course()
    RegistrationFactory(event=event)
    draft = event.get_latest_revision_as_object()
    draft.start += datetime.timedelta(days=1)
    draft.end += datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision()
    assert mail.outbox == []


def test_a_failed_notice_logs_ids_only(course, django_capture_on_commit_callbacks, settings, caplog):
    settings.EMAIL_BACKEND = "tests.events.failing_mail.Backend"
    event = course()
    registration = RegistrationFactory(event=event, name="Amal Haddad", email="amal@example.org")
    caplog.set_level(logging.INFO, logger="kreisnetz.registration")
    publish_change(event, django_capture_on_commit_callbacks, status="cancelled")
    registration.refresh_from_db()
    assert registration.mail_failed is True
    assert str(registration.pk) in caplog.text and str(event.pk) in caplog.text
    assert "amal" not in caplog.text.lower() and "Haddad" not in caplog.text
