"""Never overbooked: parallel confirmations over HTTP, each on its own database connection."""

import threading

import pytest
from django.db import connection
from django.test import Client

from events.models import Registration, RegistrationStatus
from events.registration import services as service
from tests.conftest import IN_CI

from .registrations import RegistrationFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite" and not IN_CI,
        reason="row locks need PostgreSQL (run with DATABASE_URL=postgres://...; CI runs it)",
    ),
]

THREADS = 8


def _post_in_parallel(posts):
    """POST each (url, data) from its own thread and database connection, all released at once."""
    barrier = threading.Barrier(len(posts))
    statuses = []
    errors = []

    def post(url, data):
        try:
            client = Client()
            barrier.wait(timeout=30)
            statuses.append(client.post(url, data).status_code)
        except Exception as exc:  # noqa: BLE001 - reported below with the test's failure
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=item) for item in posts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses, errors


def _confirm_in_parallel(registrations):
    return _post_in_parallel(
        [(f"/registration/confirm/{service.make_token(r, service.CONFIRM_SALT)}/", {}) for r in registrations]
    )


def test_parallel_confirmations_never_overbook(course):
    event = course(capacity=5)
    pending = [
        RegistrationFactory(event=event, status=RegistrationStatus.PENDING, confirmed_at=None, people=people)
        for people in (1, 2, 1, 2, 1, 2, 1, 1)
    ]
    statuses, errors = _confirm_in_parallel(pending)
    assert errors == []
    assert statuses == [200] * THREADS
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    assert sum(confirmed.values_list("people", flat=True)) <= 5
    assert Registration.objects.filter(event=event, status=RegistrationStatus.PENDING).count() == 0
    assert (
        confirmed.count() + Registration.objects.filter(status=RegistrationStatus.WAITING).count() == THREADS
    )


def test_parallel_confirmations_without_waiting_list_fill_exactly_the_places(course):
    event = course(capacity=3, waiting_list=False)
    pending = [
        RegistrationFactory(event=event, status=RegistrationStatus.PENDING, confirmed_at=None)
        for _ in range(THREADS)
    ]
    statuses, errors = _confirm_in_parallel(pending)
    assert errors == []
    assert sorted(statuses) == [200] * 3 + [409] * (THREADS - 3)
    assert Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count() == 3
    assert Registration.objects.filter(event=event).count() == 3


def test_the_same_person_posting_in_parallel_gets_one_registration_and_no_error(course):
    """Issue 17, finding 9: parallel posts of one person; the losers get the clear message (409)."""
    event = course(capacity=20)
    url = event.get_url() + "register/"
    spellings = ["amal@example.org", "AMAL@example.org", " Amal@Example.org "]
    data = [{"name": "Amal Haddad", "email": spellings[n % 3], "people": "1"} for n in range(THREADS)]
    statuses, errors = _post_in_parallel([(url, fields) for fields in data])
    assert errors == []
    assert sorted(statuses) == [200] + [409] * (THREADS - 1)
    assert Registration.objects.filter(event=event).count() == 1
