"""The admin login is throttled per account and per address, refusals are explained, failures logged."""

import logging

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from portal.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "kreisnetz-demo"
WRONG = "falsches-passwort-123"
LOGIN = reverse("wagtailadmin_login")


@pytest.fixture
def editor():
    return UserFactory(username="redaktion-altdorf", is_superuser=True, is_staff=True)


def post_login(client, username, password, address="203.0.113.7", **extra):
    data = {"username": username, "password": password, "next": reverse("wagtailadmin_home")}
    return client.post(LOGIN, data, REMOTE_ADDR=address, **extra)


def fail(client, times, username="redaktion-altdorf", address="203.0.113.7", **extra):
    """Wrong passwords; the one that reaches the limit is already answered with the refusal."""
    return [post_login(client, username, WRONG, address, **extra).status_code for _ in range(times)]


def test_the_right_password_after_too_many_wrong_ones_is_refused(client, editor):
    assert fail(client, settings.AXES_FAILURE_LIMIT) == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    response = post_login(client, editor.username, PASSWORD, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 429
    assert SESSION_KEY not in client.session
    html = response.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in html
    assert reverse("wagtailadmin_password_reset") in html


def test_fewer_failures_than_the_limit_let_the_right_password_in(client, editor):
    fail(client, settings.AXES_FAILURE_LIMIT - 1)
    assert post_login(client, editor.username, PASSWORD).status_code == 302
    assert client.session[SESSION_KEY] == str(editor.pk)


def test_an_account_is_locked_whatever_the_address(client, editor):
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, 1, address=f"198.51.100.{number + 1}")
    assert post_login(client, editor.username, PASSWORD, address="192.0.2.44").status_code == 429


def test_an_address_is_locked_whatever_the_account(client, editor):
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, 1, username=f"versuch-{number}")
    assert post_login(client, editor.username, PASSWORD).status_code == 429
    assert post_login(client, editor.username, PASSWORD, address="192.0.2.44").status_code == 302


def test_behind_the_proxy_each_reader_counts_not_the_proxy(client, editor, settings):
    settings.TRUST_X_FORWARDED_FOR = True
    proxy = {"address": "10.0.0.2"}
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, 1, username=f"versuch-{number}", HTTP_X_FORWARDED_FOR="spoofed, 198.51.100.1", **proxy)
    refused = post_login(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert refused.status_code == 429
    accepted = post_login(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert accepted.status_code == 302


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Too many failed attempts to sign in"),
        ("ar", "محاولات فاشلة كثيرة لتسجيل الدخول"),
        ("uk", "Забагато невдалих спроб входу"),
    ],
)
def test_the_refusal_is_in_the_readers_language(client, editor, language, text):
    fail(client, settings.AXES_FAILURE_LIMIT)
    response = post_login(client, editor.username, PASSWORD, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    assert text in response.content.decode()


def test_failed_logins_are_logged_with_account_and_address_but_no_password(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail(client, settings.AXES_FAILURE_LIMIT)
    failures = [record.getMessage() for record in caplog.records if "login failure by" in record.getMessage()]
    assert len(failures) == settings.AXES_FAILURE_LIMIT
    assert all('username: "redaktion-altdorf"' in line and "203.0.113.7" in line for line in failures)
    assert any("Locking out" in record.getMessage() for record in caplog.records)
    assert WRONG not in caplog.text


def test_short_passwords_are_refused_when_an_account_is_created(client, editor):
    client.force_login(editor)
    data = {
        "username": "neu",
        "email": "neu@example.org",
        "first_name": "Neue",
        "last_name": "Person",
        "password1": "Lindq7wxz",
        "password2": "Lindq7wxz",
    }
    response = client.post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 200
    assert "mindestens 10 Zeichen" in response.content.decode()
    assert not type(editor).objects.filter(username="neu").exists()
