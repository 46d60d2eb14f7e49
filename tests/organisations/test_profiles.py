"""Organisation profiles: members edit their own, changes go live only after moderation."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import WorkflowState

from organisations.factories import OrganisationFactory
from organisations.models import Organisation, OrganisationIndexPage
from organisations.permissions import OrganisationPermissionPolicy
from portal import tenancy
from portal.factories import UserFactory
from tests.forms import form_data


@pytest.fixture
def mso(users):
    organisation = OrganisationFactory(
        name="Kulturverein Altdorf", kind=Organisation.Kind.MSO, description="Alt"
    )
    organisation.members.add(users["mso_member"])
    return organisation


@pytest.fixture
def directory(county):
    page = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    county.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_change(client, organisation, description):
    url = reverse("wagtailsnippets_organisations_organisation:edit", args=[organisation.pk])
    data = form_data(client.get(url))
    data.update({"description_de": description, "action-submit": "action-submit"})
    return client.post(url, data)


def test_member_change_waits_for_moderation_then_goes_live(mso, users, client, directory):
    client.force_login(users["mso_member"])
    submit_change(client, mso, "Neu: Hausaufgabenhilfe")
    mso.refresh_from_db()
    assert mso.description_de == "Alt", "nothing is public before approval"
    state = WorkflowState.objects.get(base_content_type__model="organisation", object_id=str(mso.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "Hausaufgabenhilfe" not in client.get(f"/organisationen/{mso.slug}/").content.decode()

    moderator = UserFactory(username="mod", groups=[Group.objects.get(name=tenancy.group_name("moderators"))])
    client.force_login(moderator)
    task_state = state.current_task_state
    url = reverse(
        "wagtailsnippets_organisations_organisation:workflow_action",
        args=[mso.pk, "approve", task_state.pk],
    )
    client.post(url, {"comment": ""})
    mso.refresh_from_db()
    assert mso.description_de == "Neu: Hausaufgabenhilfe"
    assert "Hausaufgabenhilfe" in client.get(f"/organisationen/{mso.slug}/").content.decode()


def test_policy_limits_members_to_their_organisations(mso, users):
    other = OrganisationFactory(name="Anderer Verein")
    policy = OrganisationPermissionPolicy(Organisation)
    member = users["mso_member"]
    assert list(policy.instances_user_has_permission_for(member, "change")) == [mso]
    assert policy.user_has_permission_for_instance(member, "change", mso)
    assert not policy.user_has_permission_for_instance(member, "change", other)
    assert not policy.user_has_permission_for_instance(member, "publish", mso)
    assert not policy.user_has_permission_for_instance(users["editor_a"], "change", mso)
    assert set(policy.instances_user_has_permission_for(users["county_editor"], "publish")) == {mso, other}


def test_member_sees_only_own_organisations_in_the_admin_list(mso, users, client):
    OrganisationFactory(name="Anderer Verein")
    client.force_login(users["mso_member"])
    html = client.get(reverse("wagtailsnippets_organisations_organisation:list")).content.decode()
    assert "Kulturverein Altdorf" in html
    assert "Anderer Verein" not in html


@pytest.mark.parametrize(
    ("alt", "valid"),
    [("Logo des Kulturvereins: zwei Hände", True), ("", False), ("logo.png", False), ("Logo", False)],
)
def test_logo_needs_a_real_alternative_text(db, alt, valid):
    import wagtail_factories

    organisation = Organisation(
        name="Verein", kind="association", logo=wagtail_factories.ImageFactory(), logo_alt=alt
    )
    if valid:
        organisation.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            organisation.full_clean()
        assert "logo_alt" in error.value.message_dict


def test_directory_lists_live_organisations_and_profiles(mso, directory, client):
    OrganisationFactory(name="Sportverein", kind=Organisation.Kind.ASSOCIATION)
    html = client.get("/organisationen/?kind=mso").content.decode()
    assert "Kulturverein Altdorf" in html
    assert "Sportverein" not in html
    assert "unbekannten Wert" in client.get("/organisationen/?kind=zzz").content.decode()
    assert client.get(f"/ar/organisationen/{mso.slug}/").status_code == 200
    assert client.get("/organisationen/gibt-es-nicht/").status_code == 404


def test_profile_page_never_shows_members(mso, users, directory, client):
    html = client.get(f"/organisationen/{mso.slug}/").content.decode()
    assert users["mso_member"].username not in html
    assert users["mso_member"].email not in html


def test_language_switcher_on_a_profile_keeps_the_profile(mso, directory, client):
    from bs4 import BeautifulSoup

    html = client.get(f"/ar/organisationen/{mso.slug}/").content
    links = {
        a["hreflang"]: a["href"] for a in BeautifulSoup(html, "html.parser").select("nav.language-switcher a")
    }
    assert links["de"] == f"/organisationen/{mso.slug}/"
    assert links["en"] == f"/en/organisationen/{mso.slug}/"
    assert client.get(links["uk"]).status_code == 200


def test_profile_lists_no_login_restricted_offer(mso, town_a, directory, client):
    from wagtail.models import PageViewRestriction

    from offers.models import OfferIndexPage, OfferPage

    finder = OfferIndexPage(title="Angebote", slug="angebote")
    town_a.page.add_child(instance=finder)
    for title, slug in (("Offenes Erzählcafé", "offen"), ("Internes Beratungstreffen", "intern")):
        offer = OfferPage(title=title, slug=slug, provider=mso, contact_phone="06000 12345")
        finder.add_child(instance=offer)
        offer.save_revision().publish()
    restricted = OfferPage.objects.get(slug="intern")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(f"/organisationen/{mso.slug}/").content.decode()
    assert "Offenes Erzählcafé" in html
    assert "Internes Beratungstreffen" not in html
    assert restricted.url not in html


def test_open_data_lists_no_unpublished_organisation(mso, client):
    OrganisationFactory(name="Noch nicht freigegebener Verein", kind=Organisation.Kind.MSO, live=False)
    body = b"".join(client.get("/open-data/organisations.json").streaming_content).decode()
    assert "Kulturverein Altdorf" in body
    assert "Noch nicht freigegebener Verein" not in body
