"""One registration per person and event (issue 17, finding 9, deliverable 7).

The same person is the same normalised e-mail address (stripped, NFKC, casefolded). A second
registration is refused with a clear message, by the service and by the database.
"""

import datetime
import importlib

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction
from django.utils import timezone, translation

from events.models import Registration, RegistrationStatus
from events.models.registration import normalise_email
from events.registration import services as service

from .registrations import RegistrationFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("events.migrations.0006_registration_email_key")
PERSON = {"name": "Amal Haddad", "email": "amal@example.org", "people": 1}
SAME_PERSON = [
    "amal@example.org",
    "  AMAL@Example.ORG ",
    "ａｍａｌ@ｅｘａｍｐｌｅ.ｏｒｇ",
    "Amal@EXAMPLE.org",
]


@pytest.mark.parametrize("address", SAME_PERSON)
def test_the_same_address_in_another_spelling_is_the_same_person(address):
    assert normalise_email(address) == "amal@example.org"
    assert normalise_email("Straße@example.org") == normalise_email("STRASSE@example.org")
    assert normalise_email("amal+kurs@example.org") != normalise_email("amal@example.org")


@pytest.mark.parametrize("status", ["pending", "confirmed", "waiting"])
@pytest.mark.parametrize("address", SAME_PERSON[1:])
def test_a_second_registration_of_the_same_person_is_refused(course, status, address):
    event = course()
    first = service.register(event, **PERSON)
    Registration.objects.filter(pk=first.pk).update(status=status)
    with pytest.raises(service.AlreadyRegistered):
        service.register(event, **{**PERSON, "email": address})
    assert list(Registration.objects.filter(event=event)) == [first]


def test_the_database_refuses_a_second_row_for_the_same_person(course):
    event = course()
    RegistrationFactory(event=event, email="amal@example.org", status=RegistrationStatus.WAITING)
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=event, email="AMAL@example.org ", status=RegistrationStatus.PENDING)


def test_after_cancelling_the_person_may_register_again_and_others_always(course):
    event, other_event = course(), course(title="Kochkurs")
    first = service.register(event, **PERSON)
    service.cancel(first)
    again = service.register(event, **PERSON)
    assert again.status == RegistrationStatus.PENDING and again.pk != first.pk
    assert service.register(event, **{**PERSON, "email": "amal+partner@example.org"})
    assert service.register(other_event, **PERSON)


def test_an_unconfirmed_registration_whose_link_expired_is_replaced(course):
    event = course()
    stale = RegistrationFactory(event=event, email="amal@example.org", status=RegistrationStatus.PENDING)
    Registration.objects.filter(pk=stale.pk).update(created_at=timezone.now() - datetime.timedelta(days=3))
    fresh = service.register(event, **PERSON)
    assert list(Registration.objects.filter(event=event)) == [fresh]


@pytest.mark.parametrize(("prefix", "language"), [("", "de"), ("/en", "en"), ("/ar", "ar")])
def test_posting_twice_gives_a_clear_message_in_the_readers_language(course, client, prefix, language):
    event = course()
    with translation.override("de"):
        url = prefix + event.get_url() + "register/"
    data = {**PERSON, "people": "1"}
    assert client.post(url, data).status_code == 200
    response = client.post(url, {**data, "email": "Amal@Example.org"})
    assert response.status_code == 409
    with translation.override(language):
        message = str(service.AlreadyRegistered())
    with translation.override("de"):
        german = str(service.AlreadyRegistered())
    assert message in response.content.decode()
    assert (message == german) == (language == "de")
    assert Registration.objects.filter(event=event).count() == 1


def _drop_constraint():
    """As before migration 0007 (rolled back with the test)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {connection.ops.quote_name('registration_one_per_person')}")


def test_the_migration_keeps_the_registration_that_counts_and_cancels_the_others(course):
    event = course()
    _drop_constraint()
    rows = [
        RegistrationFactory(event=event, email="amal@example.org", status=RegistrationStatus.PENDING),
        RegistrationFactory(event=event, email="AMAL@example.org", status=RegistrationStatus.CONFIRMED),
        RegistrationFactory(event=event, email=" amal@EXAMPLE.org", status=RegistrationStatus.CONFIRMED),
        RegistrationFactory(event=event, email="amal@example.org", status=RegistrationStatus.CANCELLED),
        RegistrationFactory(event=event, email="leyla@example.org", status=RegistrationStatus.WAITING),
    ]
    Registration.objects.update(email_key="")
    migration.fill_keys_and_cancel_duplicates(apps, None)
    after = {row.pk: (row.status, row.email_key) for row in Registration.objects.all()}
    assert [after[row.pk][0] for row in rows] == [
        "cancelled",
        "confirmed",
        "cancelled",
        "cancelled",
        "waiting",
    ]
    assert after[rows[2].pk][1] == "amal@example.org"
    assert Registration.objects.filter(event=event).count() == len(rows)
