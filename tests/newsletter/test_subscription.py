"""Subscribing with double opt-in: neutral answers, confirmation links, their language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext

from newsletter.models import Subscription
from newsletter.services.subscriptions import purge_unconfirmed

from .conftest import last_mail, link_in, path_of


def test_subscribe_sends_a_confirmation_link_and_confirming_needs_a_click(client, town_a):
    response = client.post("/newsletter/", {"email": " Leser@Example.org ", "towns": [town_a.page.pk]})

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/sent/"
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.status, subscription.language) == (
        "leser@example.org",
        "pending",
        "de",
    )
    assert list(subscription.towns.all()) == [town_a.page]
    confirm = path_of(link_in(last_mail(), "confirm"))

    assert client.get(confirm).status_code == 200
    assert Subscription.objects.get().status == "pending"  # a mail scanner opening the link confirms nothing
    assert client.post(confirm).status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == "confirmed"
    assert subscription.confirmed_at is not None


def test_language_is_the_readers_and_the_mail_speaks_it(client, county):
    client.post("/ar/newsletter/", {"email": "qari@example.org"})

    assert Subscription.objects.get().language == "ar"
    assert "/ar/newsletter/confirm/" in last_mail().body


def test_a_subscribed_address_gets_the_same_answer_and_no_mail(client, subscriber):
    subscriber("leser@example.org")
    response = client.post("/newsletter/", {"email": "LESER@example.org"}, follow=True)

    assert response.redirect_chain == [("/newsletter/sent/", 302)]
    assert mail.outbox == []
    assert Subscription.objects.count() == 1


def test_a_pending_address_gets_a_new_link(client, county):
    client.post("/newsletter/", {"email": "leser@example.org"})
    client.post("/en/newsletter/", {"email": "leser@example.org"})

    assert len(mail.outbox) == 2
    assert Subscription.objects.get().language == "en"
    assert "/en/newsletter/confirm/" in mail.outbox[1].body


@pytest.mark.parametrize(
    "email", ["", "leser", "leser@", "@example.org", "a b@example.org", "x" * 250 + "@ex.org"]
)
def test_an_invalid_address_is_refused_on_its_field(client, county, email):
    response = client.post("/newsletter/", {"email": email})

    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one("#id_email")
    assert field["aria-invalid"] == "true"
    assert "id_email_errors" in field["aria-describedby"].split()
    assert soup.select_one("#id_email_errors li").text.strip()
    assert Subscription.objects.count() == 0
    assert mail.outbox == []


def test_error_message_is_in_the_readers_language(client, county):
    response = client.post("/en/newsletter/", {"email": "leser"})
    assert "Please enter a complete e-mail address" in response.content.decode()


def test_unknown_town_is_refused(client, county):
    response = client.post("/newsletter/", {"email": "leser@example.org", "towns": ["999999", "x"]})
    assert response.status_code == 400
    assert Subscription.objects.count() == 0


def test_the_honeypot_saves_nothing_and_tells_nothing(client, county):
    response = client.post("/newsletter/", {"email": "bot@example.org", "website": "http://spam.example"})

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/sent/"
    assert Subscription.objects.count() == 0
    assert mail.outbox == []


def test_too_many_requests_from_one_address_get_a_429_page(client, county, settings):
    settings.NEWSLETTER_RATE_LIMIT = "3/h"
    for number in range(3):
        assert client.post("/en/newsletter/", {"email": f"leser{number}@example.org"}).status_code == 302

    response = client.post("/en/newsletter/", {"email": "leser9@example.org"})

    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert not Subscription.objects.filter(email="leser9@example.org").exists()
    assert client.get("/en/newsletter/").status_code == 200  # reading the form is not limited


def test_behind_a_proxy_the_limit_counts_per_forwarded_address(client, county, settings):
    settings.NEWSLETTER_RATE_LIMIT = "1/h"
    settings.TRUST_X_FORWARDED_FOR = True
    first = {"HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    assert client.post("/newsletter/", {"email": "a@example.org"}, **first).status_code == 302
    assert client.post("/newsletter/", {"email": "b@example.org"}, **first).status_code == 429
    other = {"HTTP_X_FORWARDED_FOR": "198.51.100.2"}
    assert client.post("/newsletter/", {"email": "c@example.org"}, **other).status_code == 302


def test_the_form_page_is_accessible_markup(client, town_a, town_b):
    soup = BeautifulSoup(client.get("/newsletter/").content, "html.parser")
    assert soup.select_one("label[for=id_email]")
    assert soup.select_one("fieldset legend").text.strip() == gettext("Towns you are interested in")
    assert len(soup.select("fieldset input[type=checkbox]")) == 2
    assert soup.select_one("#id_website").find_parent(attrs={"hidden": True})


def test_mail_failure_keeps_the_request_and_shows_the_same_page(client, county, settings, caplog):
    settings.EMAIL_BACKEND = "tests.newsletter.backends.BrokenBackend"
    response = client.post("/newsletter/", {"email": "leser@example.org"})

    assert response.status_code == 302
    assert Subscription.objects.filter(status="pending").count() == 1
    assert "leser@example.org" not in caplog.text
    assert "confirmation mail" in caplog.text


@pytest.mark.parametrize("days", [8, 30])
def test_unconfirmed_requests_are_purged_after_the_link_lifetime(client, county, subscriber, days):
    client.post("/newsletter/", {"email": "alt@example.org"})
    client.post("/newsletter/", {"email": "neu@example.org"})
    Subscription.objects.filter(email="alt@example.org").update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )
    confirmed = subscriber("bestaetigt@example.org")
    Subscription.objects.filter(pk=confirmed.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=90)
    )

    assert purge_unconfirmed() == 1
    assert set(Subscription.objects.values_list("email", flat=True)) == {
        "neu@example.org",
        "bestaetigt@example.org",
    }
