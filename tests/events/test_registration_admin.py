"""Organisers' registration list and CSV export: own events only, no formula injection."""

import csv
import io

import pytest
from django.urls import reverse

from events.models import RegistrationStatus
from events.registration.admin import safe_cell

from .registrations import RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(course):
    event = course(capacity=2)
    RegistrationFactory(
        event=event, name='=HYPERLINK("http://evil.example")', email="a@example.org", people=2
    )
    RegistrationFactory(
        event=event, name="Leyla Demir", status=RegistrationStatus.WAITING, email="b@example.org"
    )
    RegistrationFactory(
        event=event, name="Unbestätigt", status=RegistrationStatus.PENDING, email="c@example.org"
    )
    return event


def test_editor_of_the_town_sees_the_list_without_unconfirmed_ones(booked, client_for):
    response = client_for("editor_a").get(reverse("event_registrations", args=[booked.pk]))
    text = response.content.decode()
    assert response.status_code == 200
    assert "Leyla Demir" in text
    assert "Unbestätigt" not in text
    # msgid: "%(taken)s of %(capacity)s places taken, %(waiting)s on the waiting list."
    assert "2 von 2 Plätzen belegt, 1 auf der Warteliste." in text


def test_csv_export_neutralises_formulas(booked, client_for):
    response = client_for("editor_a").get(reverse("event_registrations_csv", args=[booked.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[1][0] == "'" + '=HYPERLINK("http://evil.example")'
    assert rows[2][0] == "Leyla Demir"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"])
def test_cells_starting_like_formulas_get_a_quote(value):
    assert safe_cell(value) == "'" + value


def test_ordinary_cells_stay_as_they_are():
    assert safe_cell("Amal") == "Amal"
    assert safe_cell(3) == "3"


@pytest.mark.parametrize("role", ["editor_b", "mso_member", "anonymous"])
def test_others_see_nothing(booked, client_for, role):
    client = client_for(role)
    for name in ("event_registrations", "event_registrations_csv"):
        response = client.get(reverse(name, args=[booked.pk]))
        assert response.status_code in (302, 403)
        assert b"Leyla" not in response.content


def test_the_page_header_has_a_registrations_button_for_the_editor(booked, client_for):
    response = client_for("editor_a").get(reverse("wagtailadmin_pages:edit", args=[booked.pk]))
    assert reverse("event_registrations", args=[booked.pk]).encode() in response.content
