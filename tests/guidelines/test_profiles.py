"""Organisation profiles (snippets with drafts): findings shown on edit, errors block publication."""

import pytest
from django.urls import reverse

from guidelines.services.engine import check_text
from guidelines.services.gate import PublicationBlocked
from organisations.factories import OrganisationFactory
from organisations.models import Organisation


@pytest.fixture
def profile(users):
    organisation = OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO)
    organisation.members.add(users["mso_member"])
    return organisation


def test_profile_with_error_cannot_be_published(profile):
    profile.description = "Wir helfen seit der Flüchtlingswelle."
    revision = profile.save_revision()
    with pytest.raises(PublicationBlocked):
        revision.publish()
    assert Organisation.objects.get(pk=profile.pk).description != "Wir helfen seit der Flüchtlingswelle."


def test_submitter_sees_findings_in_the_editor(profile, client_for):
    profile.description = "Viele Ausländer besuchen uns."
    profile.save_revision()
    client = client_for("mso_member")
    response = client.get(reverse("wagtailsnippets_organisations_organisation:edit", args=[profile.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    # the finding as the editor sees it: severity, the field's label and language, the match
    assert "Leitlinien (Warnung): Beschreibung (Deutsch): „Ausländer“" in html


def test_check_text_service_for_other_callers(db):
    findings = check_text({"description": "Die Asylanten kamen."}, "de")
    assert [(f.rule_code, f.field, f.matched_text) for f in findings] == [
        ("asylant", "description", "Asylanten")
    ]
