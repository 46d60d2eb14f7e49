"""A submission written in Arabic and the moderators' languages screen (tests of issue 20)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from events.models import EventSubmission
from organisations.factories import OrganisationFactory
from organisations.models import Organisation
from portal.clock import BERLIN

ARABIC_TITLE = "أمسية الطبخ السوري"
ARABIC_TEXT = "نطبخ معاً ونتعرف على بعضنا."


@pytest.fixture
def member(users):
    user = users["mso_member"]
    OrganisationFactory(name="Syrischer Kulturverein", kind=Organisation.Kind.MSO).members.add(user)
    return user


@pytest.fixture
def arabic_submission(client, member, calendars):
    day = datetime.datetime.now(tz=BERLIN).date() + datetime.timedelta(days=10)
    data = {
        "organisation": Organisation.objects.get(name="Syrischer Kulturverein").pk,
        "calendar": calendars["a"].pk,
        "title": ARABIC_TITLE,
        "description": ARABIC_TEXT,
        "kind": "culture",
        "date": day.isoformat(),
        "start_time": "18:00",
        "end_time": "21:00",
        "street": "Hauptstraße 4",
        "postcode": "12345",
        "city": "Altdorf",
        "cost": "free",
    }
    client.force_login(member)
    with translation.override("ar"):
        url = reverse("event_submit")
    assert client.post(url, data).status_code == 302
    client.logout()
    return EventSubmission.objects.get(event__title_ar=ARABIC_TITLE)


def screen(client, user, record):
    client.force_login(user)
    return client.get(reverse("event_submission_languages", args=[record.pk]))


def post_screen(client, user, record, values, button):
    client.force_login(user)
    url = reverse("event_submission_languages", args=[record.pk])
    response = client.get(url)
    soup = BeautifulSoup(response.content, "html.parser")
    data = {
        field["name"]: field.get("value", "") if field.name == "input" else field.text
        for field in soup.select("form input[name], form textarea[name]")
        if field.get("type") not in ("submit",)
    }
    data.update(values)
    data[button] = ""
    return client.post(url, data)
