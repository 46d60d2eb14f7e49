"""The registration pages over HTTP: form, bad input, honeypot, rate limit, token links."""

import datetime
import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.models import EventPage, Registration, RegistrationStatus
from events.registration import services as service

from .registrations import RegistrationFactory

pytestmark = pytest.mark.django_db

GOOD = {"name": "Olena Kovalenko", "email": "olena@example.org", "people": "2"}


@pytest.fixture
def commits():
    """Mails go out when the request's transaction commits (inside the test's own transaction)."""
    with mock.patch("django.db.transaction.on_commit", lambda callback, *args, **kwargs: callback()):
        yield


def _form_url(event, prefix=""):
    with translation.override("de"):
        return prefix + event.get_url() + "register/"


def _widget(text, field):
    return re.search(rf'<(input|textarea)[^>]*id="id_{field}"[^>]*>', text).group(0)


def test_event_page_shows_places_left_but_no_names(course, client):
    event = course(capacity=4)
    RegistrationFactory(event=event, people=3, name="Geheimer Name")
    response = client.get(event.get_url())
    text = response.content.decode()
    assert "Noch 1 von 4 Plätzen ist frei." in text  # msgid: "%(left)s of %(capacity)s place is free."
    assert 'href="/altdorf/termine/deutschkurs/register/"' in text
    assert "Geheimer Name" not in text


def test_form_in_arabic_has_hreflang_links_to_the_form_in_every_language(course, client):
    event = course()
    response = client.get(_form_url(event, "/ar"))
    assert response.status_code == 200
    text = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in text
    assert 'href="http://testserver/en/altdorf/termine/deutschkurs/register/"' in text
    assert 'aria-describedby="id_email_help"' in text


def test_a_registration_is_saved_as_pending_and_the_mail_goes_out(course, client, commits):
    event = course()
    response = client.post(_form_url(event, "/uk"), GOOD)
    assert response.status_code == 200
    registration = Registration.objects.get(event=event)
    assert (registration.status, registration.people, registration.language) == ("pending", 2, "uk")
    assert mail.outbox[0].to == ["olena@example.org"]
    assert "/uk/registration/confirm/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({**GOOD, "email": "olena-at-example"}, "email"),
        ({**GOOD, "people": "0"}, "people"),
        ({**GOOD, "people": "99"}, "people"),
        ({**GOOD, "people": "zwei"}, "people"),
        ({**GOOD, "name": ""}, "name"),
        ({**GOOD, "accessibility_needs": "Rollstuhlplatz"}, "accessibility_consent"),
    ],
    ids=["invalid-email", "people-0", "people-99", "people-text", "no-name", "needs-without-consent"],
)
def test_bad_input_is_explained_at_the_field_and_nothing_is_saved(course, client, commits, data, field):
    event = course()
    response = client.post(_form_url(event), data)
    assert response.status_code == 400
    text = response.content.decode()
    assert f'id="id_{field}_errors"' in text
    assert f"id_{field}_errors" in _widget(text, field)
    assert 'aria-invalid="true"' in text
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_needs_with_consent_are_stored(course, client, commits):
    event = course()
    data = {**GOOD, "accessibility_needs": "Rollstuhlplatz", "accessibility_consent": "on"}
    assert client.post(_form_url(event), data).status_code == 200
    registration = Registration.objects.get()
    assert (registration.accessibility_needs, registration.accessibility_consent) == ("Rollstuhlplatz", True)


def test_the_honeypot_gets_a_neutral_answer_and_nothing_is_saved(course, client, commits):
    event = course()
    response = client.post(_form_url(event), {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 200
    assert not Registration.objects.exists()
    assert mail.outbox == []


@override_settings(REGISTRATION_RATE_LIMIT="2/h")
def test_too_many_posts_from_one_address_get_429_in_the_readers_language(course, client, commits):
    event = course()
    people = [{**GOOD, "email": f"olena{number}@example.org"} for number in range(3)]
    statuses = [client.post(_form_url(event, "/ar"), data).status_code for data in people]
    assert statuses == [200, 200, 429]
    assert Registration.objects.count() == 2
    response = client.post(_form_url(event, "/ar"), GOOD)
    assert '<html lang="ar"' in response.content.decode()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "cancelled"},
        {"registration_closes": timezone.now() - datetime.timedelta(hours=1)},
    ],
    ids=["cancelled", "closed"],
)
def test_closed_or_cancelled_events_show_why_and_refuse_posts(course, client, commits, fields):
    event = course()
    EventPage.objects.filter(pk=event.pk).update(**fields)
    page = client.get(_form_url(event))
    assert page.status_code == 200
    assert b'method="post"' not in page.content
    response = client.post(_form_url(event), GOOD)
    assert response.status_code == 409
    assert not Registration.objects.exists()


def test_past_event_refuses(make_event, client, commits):
    start = timezone.now() - datetime.timedelta(days=2)
    event = make_event(title="Vorbei", start=start, registration_required=True, capacity=5)
    response = client.post(_form_url(event), GOOD)
    assert response.status_code == 409
    with translation.override("de"):
        assert gettext("Registration for this event has closed.") in response.content.decode()
    assert not Registration.objects.exists()


def test_full_event_without_waiting_list_refuses(course, client, commits):
    event = course(capacity=2, waiting_list=False)
    RegistrationFactory(event=event, people=2)
    response = client.post(_form_url(event), GOOD)
    assert response.status_code == 409
    assert Registration.objects.count() == 1


def _pending(event, **fields):
    return RegistrationFactory(event=event, status=RegistrationStatus.PENDING, confirmed_at=None, **fields)


def test_confirm_link_shows_a_button_and_posting_it_confirms(course, client, commits):
    event = course(capacity=4)
    registration = _pending(event, people=2)
    url = f"/registration/confirm/{service.make_token(registration, service.CONFIRM_SALT)}/"
    shown = client.get(url)
    assert shown.status_code == 200
    assert Registration.objects.get(pk=registration.pk).status == RegistrationStatus.PENDING
    response = client.post(url)
    assert response.status_code == 200
    assert Registration.objects.get(pk=registration.pk).status == RegistrationStatus.CONFIRMED
    assert "/registration/" in response.content.decode()
    with translation.override("de"):  # the mail goes out in the language stored with the registration
        assert gettext("Your registration is confirmed") in mail.outbox[0].subject


def test_confirm_when_full_puts_on_the_waiting_list_and_says_so(course, client, commits):
    event = course(capacity=1)
    RegistrationFactory(event=event, people=1)
    registration = _pending(event)
    response = client.post(f"/registration/confirm/{service.make_token(registration, service.CONFIRM_SALT)}/")
    with translation.override("de"):
        assert gettext("You are on the waiting list") in response.content.decode()
    assert Registration.objects.get(pk=registration.pk).status == RegistrationStatus.WAITING


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_tampered_token_gets_a_clear_404_in_the_readers_language(course, client, prefix):
    registration = _pending(course())
    token = service.make_token(registration, service.CONFIRM_SALT)
    for url in (f"{prefix}/registration/confirm/{token}x/", f"{prefix}/registration/{token}/"):
        response = client.get(url)
        assert response.status_code == 404, url
        language = prefix.strip("/") or "de"
        assert f'<html lang="{language}"' in response.content.decode()
        with translation.override(language):
            assert gettext("This link is not valid") in response.content.decode()


def test_expired_confirm_link_gets_a_clear_400(course, client):
    registration = _pending(course())
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 49 * 3600):
        token = service.make_token(registration, service.CONFIRM_SALT)
    response = client.post(f"/registration/confirm/{token}/")
    assert response.status_code == 400
    with translation.override("de"):
        assert gettext("This link has expired") in response.content.decode()
    assert Registration.objects.get(pk=registration.pk).status == RegistrationStatus.PENDING


def test_manage_page_cancels_and_the_waiting_list_moves_up(course, client, commits):
    event = course(capacity=1)
    holder = RegistrationFactory(event=event, people=1)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    url = f"/en/registration/{service.make_token(holder, service.MANAGE_SALT)}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "cancel"})
    assert response.status_code == 200
    assert Registration.objects.get(pk=holder.pk).status == RegistrationStatus.CANCELLED
    assert Registration.objects.get(pk=waiting.pk).status == RegistrationStatus.CONFIRMED
    assert mail.outbox[0].to == [waiting.email]


def test_manage_page_deletes_the_data(course, client, commits):
    holder = RegistrationFactory(
        event=course(), accessibility_needs="Gebärdensprache", accessibility_consent=True
    )
    url = f"/registration/{service.make_token(holder, service.MANAGE_SALT)}/"
    assert client.post(url, {"action": "delete"}).status_code == 200
    assert not Registration.objects.filter(pk=holder.pk).exists()
    assert client.get(url).status_code == 404


def test_manage_page_refuses_unknown_actions(course, client):
    holder = RegistrationFactory(event=course())
    response = client.post(
        f"/registration/{service.make_token(holder, service.MANAGE_SALT)}/", {"action": "x"}
    )
    assert response.status_code == 400
    assert Registration.objects.get(pk=holder.pk).status == RegistrationStatus.CONFIRMED


def test_after_a_mail_failure_the_page_says_so_and_offers_to_send_again(course, client, commits):
    event = course()
    with mock.patch("events.registration.services.send_mail", side_effect=OSError):
        response = client.post(_form_url(event), GOOD)
    text = response.content.decode()
    with translation.override("de"):
        expected = gettext(
            "Your registration is saved, but we could not send the e-mail with the confirmation link."
        )
    assert expected in text
    assert Registration.objects.get().mail_failed is True
    token = text.split('name="token" value="', 1)[1].split('"', 1)[0]
    again = client.post(_form_url(event) + "resend/", {"token": token})
    assert again.status_code == 200
    assert len(mail.outbox) == 1
    assert Registration.objects.get().mail_failed is False


def test_resend_with_a_forged_token_is_refused(course, client, commits):
    event = course()
    response = client.post(_form_url(event) + "resend/", {"token": "forged"})
    assert response.status_code == 404
    assert mail.outbox == []
