"""manage.py send_digest: per reader, in their language, with one-click unsubscribe headers."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from newsletter.models import Digest, Subscription
from portal.clock import BERLIN
from tests.events.conftest import calendars, make_event  # noqa: F401 - fixtures

from .conftest import path_of


@pytest.fixture
def training(make_event):  # noqa: F811 - pytest fixture
    return make_event(
        "county", title="Schulung", kind="training", training_audience="everyone", title_en="Course"
    )


def send(*args):
    out = io.StringIO()
    call_command("send_digest", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_each_confirmed_reader_gets_one_mail_in_their_language(training, subscriber):
    subscriber("de@example.org", "de")
    subscriber("en@example.org", "en")
    Subscription.objects.create(email="offen@example.org", language="de")  # not confirmed

    output = send()

    assert sorted(message.to[0] for message in mail.outbox) == ["de@example.org", "en@example.org"]
    english = next(message for message in mail.outbox if message.to == ["en@example.org"])
    assert "Course" in english.body
    html, mimetype = english.alternatives[0]
    assert mimetype == "text/html"
    assert 'lang="en"' in html
    assert "Sent 2 digests (de: 1, en: 1), 0 failed" in output
    assert "@" not in output
    digest = Digest.objects.get()
    assert (digest.recipients, digest.failed) == (2, 0)
    assert Subscription.objects.filter(last_sent_at__isnull=False).count() == 2


def test_mails_carry_one_click_unsubscribe_headers_that_work(client, training, subscriber):
    subscriber("leser@example.org", "en")
    send()
    message = mail.outbox[0]
    link = message.extra_headers["List-Unsubscribe"].strip("<>")

    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link.startswith("http://testserver/en/newsletter/unsubscribe/")
    assert link in message.body
    assert link in message.alternatives[0][0]
    assert "List-Unsubscribe" in message.message().as_string()

    client.post(path_of(link), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")

    assert not Subscription.objects.exists()


def test_a_failing_address_is_logged_without_it_and_the_others_still_get_theirs(
    training, subscriber, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.newsletter.backends.FailForSomeBackend"
    subscriber("a@example.org")
    broken = subscriber("kaputt@example.org")
    subscriber("z@example.org")

    send()

    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.org", "z@example.org"]
    assert "kaputt@example.org" not in caplog.text
    assert f"subscription {broken.pk} failed: SMTPRecipientsRefused" in caplog.text
    assert Subscription.objects.get(pk=broken.pk).last_sent_at is None
    assert (Digest.objects.get().recipients, Digest.objects.get().failed) == (2, 1)


def test_dry_run_sends_and_changes_nothing(training, subscriber):
    subscriber("leser@example.org", "ar")
    stale = Subscription.objects.create(email="alt@example.org", language="de")
    Subscription.objects.filter(pk=stale.pk).update(created_at=timezone.now() - datetime.timedelta(days=10))

    output = send("--dry-run")

    assert mail.outbox == []
    assert not Digest.objects.exists()
    assert Subscription.objects.count() == 2
    assert Subscription.objects.get(email="leser@example.org").last_sent_at is None
    assert "Would send 1 digests (ar: 1)" in output


def test_a_real_run_purges_stale_requests(training, subscriber):
    stale = Subscription.objects.create(email="alt@example.org", language="de")
    Subscription.objects.filter(pk=stale.pk).update(created_at=timezone.now() - datetime.timedelta(days=10))
    assert "1 unconfirmed requests deleted" in send()
    assert not Subscription.objects.filter(pk=stale.pk).exists()


def test_an_empty_digest_is_not_sent(county, subscriber):
    subscriber("leser@example.org")
    assert "Sent 0 digests (none), 0 failed, 1 empty not sent" in send()
    assert mail.outbox == []


def test_since_sets_the_start_of_new_offers(training, subscriber):
    subscriber()
    send("--since", "2026-01-01")
    assert Digest.objects.get().since == datetime.datetime(2026, 1, 1, tzinfo=BERLIN)


@pytest.mark.parametrize("value", ["gestern", "2026-13-01", "2999-01-01"])
def test_a_bad_since_is_refused_with_a_message(db, value):
    with pytest.raises(CommandError, match="--since"):
        send("--since", value)
    assert not Digest.objects.exists()
