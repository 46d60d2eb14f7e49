"""The retention purges run from the documented cron (docker/crontab) and keep what is not due.

The commands are taken from the crontab itself, so a purge dropped from it, renamed, or
scheduled less than daily fails here; each one listed is run on a mix of records due and not
yet due for deletion.
"""

import datetime
import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands
from django.utils import timezone

from events.models import Registration, RegistrationStatus
from legal.models import Feedback
from newsletter.models import Subscription
from tests.events.registrations import RegistrationFactory

CRONTAB = Path(__file__).resolve().parents[2] / "docker" / "crontab"
RETENTION = {"purge_registrations", "purge_feedback", "purge_subscriptions"}
NOW = timezone.now()


def cron_jobs():
    """{command name: the five schedule fields} of every manage.py command in the crontab."""
    jobs = {}
    for line in CRONTAB.read_text().splitlines():
        fields = line.split()
        if not fields or line.startswith("#") or "=" in fields[0]:
            continue
        match = re.search(r"(?:manage\.py|\$KN)\s+(\w+)", line)
        if match:
            jobs[match.group(1)] = fields[:5]
    return jobs


def test_the_retention_purges_run_daily_from_the_crontab():
    jobs = cron_jobs()
    assert set(jobs) >= RETENTION
    for name in RETENTION:
        minute, hour, *days = jobs[name]
        assert minute.isdigit() and hour.isdigit() and days == ["*", "*", "*"], name


def test_every_command_of_the_crontab_exists():
    assert set(cron_jobs()) <= set(get_commands())


def _ago(**delta):
    return NOW - datetime.timedelta(**delta)


def _ended(course, days_ago, title):
    start = _ago(days=days_ago, hours=2)
    return course(title=title, start=start, hours=1, recurrence="", slug=title.lower())


@pytest.mark.django_db
def test_the_purges_of_the_crontab_delete_what_is_due_and_keep_the_rest(course):
    due, kept = set(), set()

    def registration(event, bucket, created=None, **fields):
        record = RegistrationFactory(event=event, **fields)
        if created:
            Registration.objects.filter(pk=record.pk).update(created_at=created)
        bucket.add(("registration", record.pk))

    registration(_ended(course, 31, "Alt"), due)
    registration(_ended(course, 29, "Neu"), kept)  # not yet 30 days after its last date
    upcoming = course(title="Bald", slug="bald")
    registration(upcoming, kept)
    pending = {"status": RegistrationStatus.PENDING, "confirmed_at": None}
    registration(upcoming, due, created=_ago(hours=49), **pending)  # its confirm link expired
    registration(upcoming, kept, created=_ago(hours=47), **pending)
    registration(upcoming, kept, created=_ago(days=60))  # confirmed long ago, event still ahead

    for days, bucket in ((400, due), (364, kept), (0, kept)):
        feedback = Feedback.objects.create(message=f"{days} Tage", language="de")
        Feedback.objects.filter(pk=feedback.pk).update(created_at=_ago(days=days))
        bucket.add(("feedback", feedback.pk))
    for days, status, bucket in ((8, "pending", due), (6, "pending", kept), (400, "confirmed", kept)):
        subscription = Subscription.objects.create(
            email=f"{days}-{status}@example.org", language="de", status=status
        )
        Subscription.objects.filter(pk=subscription.pk).update(created_at=_ago(days=days))
        bucket.add(("subscription", subscription.pk))

    for name in sorted(RETENTION & set(cron_jobs())):
        call_command(name, stdout=io.StringIO())

    remaining = {
        *(("registration", pk) for pk in Registration.objects.values_list("pk", flat=True)),
        *(("feedback", pk) for pk in Feedback.objects.values_list("pk", flat=True)),
        *(("subscription", pk) for pk in Subscription.objects.values_list("pk", flat=True)),
    }
    assert remaining == kept
    assert not remaining & due
