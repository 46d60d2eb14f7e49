"""The feedback form of the accessibility statement: stored, editors told, bad input explained."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from legal.forms import MESSAGE_MAX
from legal.models import Feedback


def _post(client, legal, data):
    return client.post(legal.accessibility.url, {"message": "", "page_address": "", "email": "", **data})


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def editors(users):
    users["county_editor"].email = "kreis@landkreis.example"
    users["county_editor"].save()
    return users


def test_valid_feedback_is_stored_and_editors_are_told(
    legal, editors, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(
            client,
            legal,
            {
                "message": "Der Kalender ist mit der Tastatur nicht bedienbar.",
                "email": "leser@example.org",
                "page_address": "/termine/",
            },
        )
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert feedback.email == "leser@example.org"
    assert feedback.language == "de"
    assert [message.to for message in mail.outbox] == [["kreis@landkreis.example"]]
    assert "leser@example.org" not in mail.outbox[0].body
    page = client.get(response["Location"])
    assert _soup(page).select_one('[role="status"]')


def test_empty_message_is_refused_with_a_clear_message(legal, client):
    response = _post(client, legal, {"message": "   ", "email": "leser@example.org"})
    assert response.status_code == 400
    soup = _soup(response)
    assert soup.select(".form-errors li")
    assert soup.select_one("#id_email")["value"] == "leser@example.org"
    assert not Feedback.objects.exists()


def test_too_long_message_keeps_what_was_typed(legal, client):
    text = "x" * (MESSAGE_MAX + 1)
    response = _post(client, legal, {"message": text, "page_address": "/angebote/"})
    assert response.status_code == 400
    soup = _soup(response)
    assert soup.select_one("#id_message").text.strip() == text
    assert soup.select_one("#id_page_address")["value"] == "/angebote/"
    assert soup.select(".form-errors li")
    assert not Feedback.objects.exists()


def test_honeypot_saves_nothing(legal, client):
    response = _post(client, legal, {"message": "Kaufen Sie jetzt!", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not Feedback.objects.exists()


def test_rate_limit_keeps_the_message(legal, client):
    for number in range(10):
        _post(client, legal, {"message": f"Meldung {number}"})
    response = _post(client, legal, {"message": "Eine zu viel"})
    assert response.status_code == 429
    soup = _soup(response)
    assert soup.select_one("#id_message").text.strip() == "Eine zu viel"
    assert soup.select(".form-errors li")
    assert Feedback.objects.count() == 10


def test_statement_links_the_arbitration_body(legal, client):
    soup = _soup(client.get(legal.accessibility.url))
    assert soup.select_one('a[href="https://www.schlichtungsstelle-bgg.de/"]')


@pytest.mark.parametrize(
    ("role", "allowed"), [("editor_a", False), ("mso_member", False), ("county_editor", True)]
)
def test_inbox_is_for_county_staff(role, allowed, legal, client_for):
    Feedback.objects.create(message="Kontrast zu schwach", email="leser@example.org", language="de")
    response = client_for(role).get(reverse("legal_feedback_inbox"))
    assert (response.status_code == 200) is allowed
    assert ("leser@example.org" in response.content.decode()) is allowed


def test_old_feedback_is_purged(db):
    import datetime
    import io

    from django.core.management import call_command
    from django.utils import timezone

    old = Feedback.objects.create(message="Alt", email="a@example.org", language="de")
    Feedback.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=400))
    Feedback.objects.create(message="Neu", language="de")
    out = io.StringIO()
    call_command("purge_feedback", stdout=out)
    assert "deleted: 1" in out.getvalue()
    assert list(Feedback.objects.values_list("message", flat=True)) == ["Neu"]
