"""Confirm and unsubscribe links: one click, RFC 8058 one-click POST, tampered or expired links."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.test import Client
from django.utils.translation import gettext

from newsletter.models import Subscription
from newsletter.services.links import confirm_token, unsubscribe_token, unsubscribe_url

from .conftest import path_of


def test_unsubscribe_link_asks_then_deletes_the_row(client, subscriber, town_a):
    subscription = subscriber(towns=[town_a.page])
    path = path_of(unsubscribe_url(subscription))

    page = client.get(path)
    assert page.status_code == 200
    assert Subscription.objects.filter(pk=subscription.pk).exists()  # opening the link changes nothing
    form = BeautifulSoup(page.content, "html.parser").select_one("main form[method=post]")
    assert form["action"] == path

    response = client.post(path)

    assert response.status_code == 200
    assert gettext("You are unsubscribed") in response.content.decode()
    assert not Subscription.objects.exists()
    assert not Subscription.towns.through.objects.exists()  # nothing of the reader is kept


def test_rfc_8058_one_click_post_needs_no_csrf_token(subscriber):
    subscription = subscriber()
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(
        path_of(unsubscribe_url(subscription)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_unsubscribing_twice_is_fine(client, subscriber):
    path = path_of(unsubscribe_url(subscriber()))
    client.post(path)
    assert client.post(path).status_code == 200
    assert client.get(path).status_code == 200


def test_unsubscribe_page_is_in_the_subscribers_language(client, subscriber):
    subscription = subscriber(language="ar")
    path = path_of(unsubscribe_url(subscription))
    assert path.startswith("/ar/newsletter/unsubscribe/")
    assert BeautifulSoup(client.get(path).content, "html.parser").html["dir"] == "rtl"


def _tampered(token):
    value, signature = token.split(":", 1)
    return ("x" + value[1:]) + ":" + signature


BAD = {"tampered": _tampered, "cut_off": lambda token: token[:-3], "garbage": lambda token: "kaputt"}


@pytest.mark.parametrize("badness", list(BAD))
@pytest.mark.parametrize("name", ["confirm", "unsubscribe"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_bad_link_gets_a_clear_page_and_changes_nothing(client, subscriber, name, method, badness):
    subscription = subscriber(status="pending")
    token = (confirm_token if name == "confirm" else unsubscribe_token)(subscription)

    response = getattr(client, method)(f"/en/newsletter/{name}/{BAD[badness](token)}/")

    assert response.status_code == 400
    assert "The link is incomplete or was changed" in response.content.decode()
    assert Subscription.objects.get(pk=subscription.pk).status == "pending"


def test_a_confirm_link_is_not_an_unsubscribe_link(client, subscriber):
    subscription = subscriber()
    assert client.post(f"/newsletter/unsubscribe/{confirm_token(subscription)}/").status_code == 400
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_an_expired_confirmation_link_says_so(client, county, monkeypatch):
    client.post("/en/newsletter/", {"email": "spaet@example.org"})
    subscription = Subscription.objects.get()
    token = confirm_token(subscription)
    later = datetime.datetime.now().timestamp() + 8 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: later)

    response = client.post(f"/en/newsletter/confirm/{token}/")

    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert Subscription.objects.get().status == "pending"


def test_a_confirmation_link_of_a_deleted_request_is_gone(client, subscriber):
    subscription = subscriber(status="pending")
    token = confirm_token(subscription)
    subscription.delete()
    assert client.post(f"/newsletter/confirm/{token}/").status_code == 404
