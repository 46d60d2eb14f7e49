"""manage.py purge_registrations: registrant data is gone N days after the event's last date."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from events.models import Registration, RegistrationStatus

from .registrations import RegistrationFactory

pytestmark = pytest.mark.django_db


def _course_ended(course, days_ago, **fields):
    """A course whose last date (of a weekly series of 3) ended ``days_ago`` days ago."""
    start = timezone.now() - datetime.timedelta(days=days_ago + 14, hours=2)
    return course(start=start, hours=1, recurrence="FREQ=WEEKLY;COUNT=3", **fields)


def _purge():
    out = io.StringIO()
    call_command("purge_registrations", stdout=out)
    return out.getvalue()


def test_registrations_are_deleted_30_days_after_the_last_date(course):
    old = RegistrationFactory(event=_course_ended(course, 31, title="Alt"), name="Altdaten Person")
    recent = RegistrationFactory(event=_course_ended(course, 29, title="Neu"))
    output = _purge()
    assert not Registration.objects.filter(pk=old.pk).exists()
    assert Registration.objects.filter(pk=recent.pk).exists()
    assert output.startswith("1 registrations deleted")
    assert "Altdaten" not in output
    assert "@" not in output


def test_the_last_date_counts_not_the_first(course):
    # First date 40 days ago, but the series ends 26 days later: still within 30 days.
    registration = RegistrationFactory(event=_course_ended(course, 26))
    _purge()
    assert Registration.objects.filter(pk=registration.pk).exists()


@override_settings(REGISTRATION_RETENTION_DAYS=7)
def test_the_retention_is_a_setting(course):
    registration = RegistrationFactory(event=_course_ended(course, 8))
    _purge()
    assert not Registration.objects.filter(pk=registration.pk).exists()


def test_unconfirmed_registrations_go_when_their_link_expired(course):
    event = course()
    stale = RegistrationFactory(event=event, status=RegistrationStatus.PENDING, confirmed_at=None)
    fresh = RegistrationFactory(event=event, status=RegistrationStatus.PENDING, confirmed_at=None)
    now = timezone.now()
    Registration.objects.filter(pk=stale.pk).update(created_at=now - datetime.timedelta(hours=49))
    confirmed = RegistrationFactory(event=event)
    Registration.objects.filter(pk=confirmed.pk).update(created_at=now - datetime.timedelta(days=5))
    output = _purge()
    assert set(Registration.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}
    assert "1 unconfirmed" in output
