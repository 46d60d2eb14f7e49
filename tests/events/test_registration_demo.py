"""Demo data: a fully booked course with a waiting list, one with free places; idempotent."""

import pytest
from django.core.management import call_command

from events.models import EventPage, Registration
from events.registration import services as service


@pytest.mark.django_db
def test_demo_has_a_full_course_with_waiting_list_and_one_with_places():
    call_command("seed_demo", "--quiet")
    full = EventPage.objects.get(slug_de="deutschkurs-eltern")
    free = EventPage.objects.get(slug_de="fahrradkurs-frauen")
    assert service.places_left(full) == 0
    assert service.waiting_count(full) >= 2
    assert service.places_left(free) > 0
    full.full_clean()
    emails = Registration.objects.values_list("email", flat=True)
    assert all(email.endswith("@example.org") for email in emails)
    count = Registration.objects.count()
    call_command("seed_demo", "--quiet")
    assert Registration.objects.count() == count
