"""Personal data: what is kept (admin overview), export and deletion of one address (commands)."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from events.models import EventSubmission, Registration
from legal.models import Feedback
from newsletter.models import Subscription
from portal import personal_data
from portal.factories import UserFactory
from tests.dashboard.conftest import add_calendar, add_event
from tests.events.registrations import RegistrationFactory

EMAIL = "amira@example.org"


@pytest.fixture
def data(county, town_a, users):
    event = add_event(add_calendar(town_a.page), registration_required=True, capacity=10)
    other_event = add_event(add_calendar(county), days=9)
    RegistrationFactory(event=event, email=EMAIL, name="Amira K.")
    RegistrationFactory(event=other_event, email="AMIRA@example.org", name="Amira K.")
    RegistrationFactory(event=event, email="someone@example.org")
    Subscription.objects.create(email=EMAIL, language="ar", status=Subscription.Status.CONFIRMED)
    Subscription.objects.create(email="other@example.org", language="de")
    Feedback.objects.create(message="Kontrast", email=EMAIL, language="ar")
    Feedback.objects.create(message="Ohne Adresse", language="de")
    member = UserFactory(username="amira", email=EMAIL)
    from organisations.factories import OrganisationFactory

    EventSubmission.objects.create(
        event=other_event, submitter=member, organisation=OrganisationFactory(name="Verein"), language="ar"
    )
    return event


def _export(email):
    out = io.StringIO()
    call_command("export_personal_data", email, stdout=out)
    return json.loads(out.getvalue())


def test_every_source_is_registered():
    assert {source.key for source in personal_data.sources()} >= {
        "event_registrations",
        "event_submissions",
        "newsletter_subscriptions",
        "accessibility_feedback",
    }
    for source in personal_data.sources():
        assert str(source.what) and str(source.why) and str(source.retention)


def test_export_lists_all_data_of_the_address_only(data):
    exported = _export(EMAIL)
    assert exported["email"] == EMAIL
    found = exported["data"]
    assert len(found["event_registrations"]) == 2
    assert {item["name"] for item in found["event_registrations"]} == {"Amira K."}
    assert [item["language"] for item in found["newsletter_subscriptions"]] == ["ar"]
    assert [item["message"] for item in found["accessibility_feedback"]] == ["Kontrast"]
    assert len(found["event_submissions"]) == 1
    assert "someone@example.org" not in json.dumps(exported)


def test_delete_needs_yes_and_then_deletes_everything_of_the_address(data):
    with pytest.raises(CommandError):
        call_command("delete_personal_data", EMAIL, stdout=io.StringIO())
    assert Registration.objects.filter(email__iexact=EMAIL).count() == 2
    out = io.StringIO()
    call_command("delete_personal_data", EMAIL, "--yes", stdout=out)
    assert "event_registrations: 2" in out.getvalue()
    assert EMAIL not in out.getvalue()
    assert not Registration.objects.filter(email__iexact=EMAIL).exists()
    assert not Subscription.objects.filter(email=EMAIL).exists()
    assert not Feedback.objects.filter(email=EMAIL).exists()
    assert EventSubmission.objects.get().submitter is None
    # Other people's data stays.
    assert Registration.objects.filter(email="someone@example.org").exists()
    assert Subscription.objects.filter(email="other@example.org").exists()
    assert Feedback.objects.filter(message="Ohne Adresse").exists()
    assert all(not records for records in _export(EMAIL)["data"].values())


def test_a_malformed_address_is_refused(db):
    with pytest.raises(CommandError):
        call_command("export_personal_data", "not-an-address", stdout=io.StringIO())


@pytest.mark.parametrize(("role", "allowed"), [("editor_a", False), ("county_editor", True)])
def test_overview_for_county_staff(role, allowed, client_for):
    response = client_for(role).get(reverse("legal_personal_data"))
    assert (response.status_code == 200) is allowed
