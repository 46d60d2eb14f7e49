"""Registration services: double opt-in, places, waiting list, promotion, mails, validation."""

import datetime
import itertools
import logging
import time
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from events.models import EventPage, Registration, RegistrationStatus
from events.registration import services as service

from .registrations import RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (the mails) as a real commit would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


PEOPLE = itertools.count()


def _register(event, commit, people=1, language="de", **fields):
    """A registration of another person each time (one registration per person and event)."""
    email = f"person{next(PEOPLE)}@example.org"
    data = {"name": "Amal Haddad", "email": email, "people": people, **fields}
    return commit(service.register, event, language=language, **data)


def test_register_is_pending_and_mails_a_confirm_link_in_the_registrants_language(course, commit):
    event = course()
    registration = _register(event, commit, language="ar")
    assert registration.status == RegistrationStatus.PENDING
    assert service.places_taken(event) == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [registration.email]
    link = next(line for line in message.body.splitlines() if "/registration/confirm/" in line)
    assert link.startswith("http://testserver/ar/registration/confirm/")
    token = link.rstrip("/").rsplit("/", 1)[1]
    found = service.registration_from_token(token, service.CONFIRM_SALT, max_age=service.confirm_max_age())
    assert found.pk == registration.pk


def test_confirm_gives_places_while_they_fit_then_the_waiting_list(course, commit):
    event = course(capacity=3)
    first = commit(service.confirm, _register(event, commit, people=2))
    second = commit(service.confirm, _register(event, commit, people=2))
    third = commit(service.confirm, _register(event, commit, people=1))
    assert [first.status, second.status, third.status] == ["confirmed", "waiting", "confirmed"]
    assert service.places_taken(event) == 3
    subjects = [message.subject.split(":")[0] for message in mail.outbox]
    confirmed, waiting = service.MAIL_SUBJECTS["confirmed"](), service.MAIL_SUBJECTS["waiting"]()
    assert subjects.count(confirmed) == 2
    assert subjects.count(waiting) == 1


def test_confirming_twice_changes_nothing(course, commit):
    event = course(capacity=1)
    registration = commit(service.confirm, _register(event, commit))
    again = commit(service.confirm, registration)
    assert again.status == RegistrationStatus.CONFIRMED
    assert Registration.objects.filter(event=event).count() == 1
    assert service.places_taken(event) == 1


def test_full_event_without_waiting_list_refuses_and_saves_nothing(course, commit):
    event = course(capacity=2, waiting_list=False)
    RegistrationFactory(event=event, people=2)
    with pytest.raises(service.RegistrationRefused, match="ausgebucht|fully booked"):
        _register(event, commit)
    assert Registration.objects.filter(event=event).count() == 1
    assert mail.outbox == []


def test_full_in_the_meantime_without_waiting_list_deletes_the_pending_one(course, commit):
    event = course(capacity=2, waiting_list=False)
    pending = _register(event, commit, people=2)
    RegistrationFactory(event=event, people=1)
    with pytest.raises(service.RegistrationRefused):
        commit(service.confirm, pending)
    assert not Registration.objects.filter(pk=pending.pk).exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "cancelled"},
        {"start": timezone.now() - datetime.timedelta(days=1), "recurrence": ""},
        {"registration_closes": timezone.now() - datetime.timedelta(hours=1)},
        {"registration_required": False},
    ],
    ids=["cancelled", "past", "closed", "no-registration"],
)
def test_closed_events_refuse_with_a_message(course, commit, fields):
    event = course()
    EventPage.objects.filter(pk=event.pk).update(**fields)
    event.refresh_from_db()
    with pytest.raises(service.RegistrationRefused) as refused:
        _register(event, commit)
    assert str(refused.value)
    assert not Registration.objects.filter(event=event).exists()


def test_confirm_after_the_event_was_cancelled_is_refused(course, commit):
    event = course()
    pending = _register(event, commit)
    EventPage.objects.filter(pk=event.pk).update(status="cancelled")
    with pytest.raises(service.RegistrationRefused):
        commit(service.confirm, pending)
    assert Registration.objects.get(pk=pending.pk).status == RegistrationStatus.PENDING


def _waiting(event, people, minutes):
    return RegistrationFactory(
        event=event,
        people=people,
        status=RegistrationStatus.WAITING,
        confirmed_at=timezone.now() - datetime.timedelta(minutes=minutes),
        language="uk",
    )


def test_cancelling_promotes_the_waiting_list_first_come_first_served(course, commit):
    event = course(capacity=3)
    holder = RegistrationFactory(event=event, people=2)
    RegistrationFactory(event=event, people=1)
    later = _waiting(event, 1, minutes=5)
    earlier = _waiting(event, 1, minutes=10)
    cancelled, promoted = commit(service.cancel, holder)
    assert cancelled.status == RegistrationStatus.CANCELLED
    assert [registration.pk for registration in promoted] == [earlier.pk, later.pk]
    assert service.places_taken(event) == 3
    assert Registration.objects.get(pk=earlier.pk).promoted_at is not None
    assert sorted(message.to[0] for message in mail.outbox) == sorted([earlier.email, later.email])


def test_promotion_keeps_the_order_when_the_first_does_not_fit(course, commit):
    event = course(capacity=3)
    holder = RegistrationFactory(event=event, people=2)
    RegistrationFactory(event=event, people=1)
    big = _waiting(event, 3, minutes=10)
    small = _waiting(event, 1, minutes=5)
    _cancelled, promoted = commit(service.cancel, holder)
    assert promoted == []
    assert Registration.objects.get(pk=big.pk).status == RegistrationStatus.WAITING
    assert Registration.objects.get(pk=small.pk).status == RegistrationStatus.WAITING


def test_deleting_removes_the_data_and_promotes(course, commit):
    event = course(capacity=1)
    holder = RegistrationFactory(
        event=event, people=1, accessibility_needs="Rollstuhl", accessibility_consent=True
    )
    waiting = _waiting(event, 1, minutes=1)
    promoted = commit(service.delete, holder)
    assert not Registration.objects.filter(pk=holder.pk).exists()
    assert [registration.pk for registration in promoted] == [waiting.pk]


def test_more_places_published_move_people_up(course, commit):
    event = course(capacity=1)
    RegistrationFactory(event=event, people=1)
    waiting = _waiting(event, 1, minutes=1)
    event.capacity = 2
    with mock.patch("django.db.transaction.on_commit", lambda callback: callback()):
        event.save_revision().publish()
    assert Registration.objects.get(pk=waiting.pk).status == RegistrationStatus.CONFIRMED


def test_a_failed_mail_keeps_the_registration_and_logs_no_personal_data(course, commit, caplog):
    event = course()
    caplog.set_level(logging.WARNING, logger="kreisnetz.registration")
    with mock.patch("events.registration.services.send_mail", side_effect=OSError("smtp: amal@example.org")):
        registration = _register(event, commit)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING
    assert registration.mail_failed is True
    assert str(registration.pk) in caplog.text
    assert "amal" not in caplog.text.lower()
    assert "Haddad" not in caplog.text
    commit(service.resend, registration)
    registration.refresh_from_db()
    assert registration.mail_failed is False
    assert len(mail.outbox) == 1


def test_tampered_and_expired_tokens_are_told_apart(course, commit):
    registration = _register(course(), commit)
    token = service.make_token(registration, service.CONFIRM_SALT)
    with pytest.raises(service.TokenInvalid) as tampered:
        service.registration_from_token(token[:-2] + "xx", service.CONFIRM_SALT)
    assert tampered.value.expired is False
    with pytest.raises(service.TokenInvalid):
        service.registration_from_token(token, service.MANAGE_SALT)
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 49 * 3600):
        old = service.make_token(registration, service.CONFIRM_SALT)
    with pytest.raises(service.TokenInvalid) as expired:
        service.registration_from_token(old, service.CONFIRM_SALT, max_age=service.confirm_max_age())
    assert expired.value.expired is True


# --- Validation of the event's settings --------------------------------------------------------


def _clean(event, **fields):
    for name, value in fields.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    return error.value.message_dict


def test_registration_needs_a_capacity(course):
    event = course()
    assert "capacity" in _clean(event, capacity=None)


def test_registration_needs_a_finite_rule(course):
    event = course()
    errors = _clean(event, recurrence="FREQ=WEEKLY;BYDAY=TU")
    assert "COUNT" in errors["recurrence"][0]


def test_finite_rules_and_single_dates_are_fine(course):
    event = course(recurrence="FREQ=WEEKLY;UNTIL=20991231T000000")
    event.full_clean()
    event.recurrence = ""
    event.full_clean()


def test_registration_closes_before_the_start(course):
    event = course()
    assert "registration_closes" in _clean(
        event, registration_closes=event.start + datetime.timedelta(hours=1)
    )


def test_last_end_is_the_end_of_the_last_date(course):
    event = course(recurrence="FREQ=WEEKLY;COUNT=3", hours=2)
    assert service.last_end(event) == event.end + datetime.timedelta(weeks=2)
    event.recurrence = "FREQ=WEEKLY"
    assert service.last_end(event) is None
