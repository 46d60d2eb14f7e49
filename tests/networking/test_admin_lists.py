"""Every admin list of the networking module leads somewhere (issue 21): session rows link to
their edit view and offer "send invitations", "minutes", "attendance"; a coordinator's list of a
round's applications with filters and a CSV without contacts; members' "my action items"; the
members-only minutes after a login on the site."""

import csv
import io
import json

import pytest
from django.core import mail
from django.urls import reverse

from networking import builders
from networking.models import ActionStatus, RoundTableSession
from networking.services import applications, twinning
from organisations.factories import OrganisationFactory
from tests.conftest import base_county, make_users
from tests.forms import form_data

from . import world as networking_world

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _net(_county_base, django_db_blocker):
    """The networking world, built once for the module inside its county's transaction."""
    with django_db_blocker.unblock():
        county, town_a, town_b = base_county(_county_base)
        return networking_world.build(county, town_a, town_b, make_users(town_a, town_b))


@pytest.fixture
def net(_net, db):
    """Each test reads the world afresh (its changes are rolled back after it)."""
    return {key: type(obj).objects.get(pk=obj.pk) for key, obj in _net.items()}


def _html(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


# --- Sessions ------------------------------------------------------------------------------


def test_session_rows_link_to_edit_and_offer_their_actions(net, client, users):
    client.force_login(users["editor_a"])
    html = _html(client.get(reverse("networking_sessions:index")))
    own, other = net["session_a"].pk, net["session_b"].pk
    for name in ("networking_sessions:edit", "networking_sessions:minutes", "networking_sessions:attendance"):
        assert reverse(name, args=[own]) in html
        assert reverse(name, args=[other]) not in html
    assert reverse("networking_invite", args=[own]) in html
    assert reverse("networking_invite", args=[other]) not in html


def test_superuser_sees_every_session_linked(net, client, users):
    client.force_login(users["admin"])
    html = _html(client.get(reverse("networking_sessions:index")))
    for key in ("session_a", "session_b", "session_county"):
        assert reverse("networking_sessions:edit", args=[net[key].pk]) in html


def test_invitations_action_sends_one_mail_per_delegate(net, client, users):
    client.force_login(users["editor_a"])
    response = client.post(reverse("networking_invite", args=[net["session_a"].pk]))
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == ["eins-a@example.org", "zwei-a@example.org"]
    assert RoundTableSession.objects.get(pk=net["session_a"].pk).invitations_sent_at is not None


def _draftail(text):
    block = {"key": "a1", "type": "unstyled", "text": text, "depth": 0}
    return json.dumps(
        {"blocks": [{**block, "inlineStyleRanges": [], "entityRanges": [], "data": {}}], "entityMap": {}}
    )


def test_minutes_action_saves_only_the_minutes(net, client, users):
    session = net["session_a"]
    client.force_login(users["editor_a"])
    url = reverse("networking_sessions:minutes", args=[session.pk])
    data = form_data(client.get(url))
    assert set(data) >= {"minutes", "decisions", "minutes_visibility"}
    assert "round_table" not in data and "event" not in data
    data.update({"minutes": _draftail("Neues Protokoll"), "minutes_visibility": "public"})
    response = client.post(url, data)
    assert response.status_code == 302
    session = RoundTableSession.objects.get(pk=session.pk)
    assert "Neues Protokoll" in session.minutes
    assert session.minutes_visibility == "public"
    assert session.round_table_id == net["round_table_a"].pk


def test_attendance_offers_the_member_organisations_and_saves(net, client, users):
    session = net["session_a"]
    stranger = OrganisationFactory(name="Fremder Verein")
    client.force_login(users["editor_a"])
    url = reverse("networking_sessions:attendance", args=[session.pk])
    html = _html(client.get(url))
    assert "Kulturverein" in html and "Sportverein Altdorf" in html
    assert "Fremder Verein" not in html
    response = client.post(url, {"attendance": [net["org_second"].pk]})
    assert response.status_code == 302
    assert list(RoundTableSession.objects.get(pk=session.pk).attendance.all()) == [net["org_second"]]
    response = client.post(url, {"attendance": [stranger.pk]})
    assert response.status_code == 200  # not a member: refused with the form again
    assert list(RoundTableSession.objects.get(pk=session.pk).attendance.all()) == [net["org_second"]]


@pytest.mark.parametrize("role", ["editor_b", "mso_member"])
@pytest.mark.parametrize("part", ["minutes", "attendance"])
def test_another_town_cannot_open_or_change_a_session_part(net, client, users, role, part):
    session = net["session_a"]
    client.force_login(users[role])
    url = reverse(f"networking_sessions:{part}", args=[session.pk])
    assert client.get(url).status_code in {302, 403, 404}
    client.post(url, {"minutes": _draftail("Fremd"), "minutes_visibility": "public", "attendance": []})
    session = RoundTableSession.objects.get(pk=session.pk)
    assert session.minutes_visibility == "members"
    assert list(session.attendance.all()) == [net["org_member"]]


# --- Applications of a twinning round ------------------------------------------------------


def _applications_url(net, **params):
    query = "&".join(f"{key}={value}" for key, value in {"round": net["twinning_round"].pk, **params}.items())
    return reverse("networking_applications:index") + "?" + query


def test_coordinator_lists_applications_linked_to_inspect(net, client, users):
    client.force_login(users["editor_a"])
    html = _html(client.get(_applications_url(net)))
    for key in ("application_1", "application_2", "application_3"):
        assert reverse("networking_applications:inspect", args=[net[key].pk]) in html
    assert reverse("networking_pairing", args=[net["twinning_round"].pk]) in html
    inspect = _html(client.get(reverse("networking_applications:inspect", args=[net["application_1"].pk])))
    assert "chor-altdorf@example.org" in inspect  # the coordinator reaches the contact


def test_application_filters(net, client, users, town_b):
    twinning.create_pair(users["editor_a"], net["twinning_round"], net["application_1"], net["application_2"])
    net["application_3"].group_kind = "school_class"
    net["application_3"].save()
    client.force_login(users["editor_a"])

    def shown(**params):
        html = _html(client.get(_applications_url(net, **params)))
        return {
            key
            for key in ("application_1", "application_2", "application_3")
            if reverse("networking_applications:inspect", args=[net[key].pk]) in html
        }

    assert shown() == {"application_1", "application_2", "application_3"}
    assert shown(status="paired") == {"application_1", "application_2"}
    assert shown(status="unpaired") == {"application_3"}
    assert shown(town=town_b.page.pk) == {"application_2", "application_3"}
    assert shown(group_kind="school_class") == {"application_3"}
    assert shown(group_name="chor") == {"application_1"}


def test_csv_export_holds_the_groups_and_no_contacts(net, client, users):
    twinning.create_pair(users["editor_a"], net["twinning_round"], net["application_1"], net["application_2"])
    builders.application(net["twinning_round"], "=HYPERLINK(1)", None)
    client.force_login(users["editor_a"])
    response = client.get(_applications_url(net, export="csv"))
    assert response.status_code == 200
    body = _html(response)
    rows = list(csv.reader(io.StringIO(body)))
    headings = {str(label): key for key, label in applications.EXPORT_COLUMNS}
    assert rows[0][:3] == ["Gruppe", "Art der Gruppe", "Gemeinde"]  # in the coordinator's language
    by_group = {row[0]: dict(zip([headings[h] for h in rows[0]], row, strict=True)) for row in rows[1:]}
    assert set(by_group) == {"Chor Altdorf", "Frauentreff Neudorf", "Schulklasse 7b", "'=HYPERLINK(1)"}
    chor = by_group["Chor Altdorf"]
    assert chor["town"] == "Altdorf"
    assert chor["partner"] == "Frauentreff Neudorf"
    assert chor["status"] == "mit Partnergruppe"
    assert chor["size"] == "10"
    assert "Musik" in chor["interests"]
    assert by_group["Schulklasse 7b"]["partner"] == ""
    assert "example.org" not in body and "Kontakt " not in body  # no contact person, no address


@pytest.mark.parametrize("role", ["editor_b", "county_editor", "mso_member"])
def test_only_the_coordinator_lists_and_exports_applications(net, client, users, role):
    client.force_login(users[role])
    for url in (_applications_url(net), _applications_url(net, export="csv")):
        response = client.get(url)
        assert response.status_code in {302, 403} or "Chor Altdorf" not in _html(response)
    inspect = reverse("networking_applications:inspect", args=[net["application_1"].pk])
    response = client.get(inspect)
    assert response.status_code in {302, 403, 404}
    assert "chor-altdorf@example.org" not in _html(response)


def test_applications_in_the_menu_of_coordinators_only(net, client, users):
    index = reverse("networking_applications:index")
    client.force_login(users["editor_a"])
    assert index in _html(client.get(reverse("wagtailadmin_home")))
    client.force_login(users["editor_b"])
    assert index not in _html(client.get(reverse("wagtailadmin_home")))


# --- My action items -------------------------------------------------------------------------


def test_member_sees_only_the_items_of_their_organisation_and_updates_them(net, client, users):
    client.force_login(users["mso_member"])
    url = reverse("networking_my_actions")
    html = _html(client.get(url))
    action = net["action_a"]
    row = f'id="id_status_{action.pk}"'
    assert row in html
    assert "Halle buchen" not in html  # another organisation's item
    response = client.post(url, {"action": action.pk, "status": ActionStatus.IN_PROGRESS})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.IN_PROGRESS
    client.post(url, {"action": action.pk, "status": ActionStatus.DONE})
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE
    assert row not in _html(client.get(url))  # done: hidden unless asked for
    assert row in _html(client.get(url + "?done=1"))


def test_member_cannot_update_another_organisations_item_or_drop_one(net, client, users):
    client.force_login(users["mso_member"])
    url = reverse("networking_my_actions")
    other = net["action_other_a"]
    assert client.post(url, {"action": other.pk, "status": ActionStatus.DONE}).status_code == 404
    other.refresh_from_db()
    assert other.status == ActionStatus.OPEN
    client.post(url, {"action": net["action_a"].pk, "status": ActionStatus.DROPPED})
    net["action_a"].refresh_from_db()
    assert net["action_a"].status == ActionStatus.OPEN


def test_my_action_items_in_the_menu_of_members_only(net, client, users):
    url = reverse("networking_my_actions")
    client.force_login(users["mso_member"])
    assert url in _html(client.get(reverse("wagtailadmin_home")))
    client.force_login(users["editor_b"])
    assert url not in _html(client.get(reverse("wagtailadmin_home")))
    assert client.get(url).status_code in {302, 403}


# --- Members-only minutes after a login on the site -----------------------------------------


def test_member_reads_internal_minutes_after_a_site_login(net, client):
    page_url = net["round_table_a"].url
    html = _html(client.get(page_url))
    assert "Geheimes Protokoll" not in html
    login = reverse("member_login")
    assert f"{login}?next=" in html
    assert "<main" in _html(client.get(login))  # the site's own page, not the admin's
    response = client.post(f"{login}?next={page_url}", {"username": "mso", "password": "kreisnetz-demo"})
    assert response.status_code == 302
    assert response["Location"] == page_url
    assert "Geheimes Protokoll" in _html(client.get(page_url))


def test_a_site_login_of_another_town_reads_no_internal_minutes(net, client):
    client.post(reverse("member_login"), {"username": "editor-b", "password": "kreisnetz-demo"})
    assert "_auth_user_id" in client.session
    assert "Geheimes Protokoll" not in _html(client.get(net["round_table_a"].url))


def test_wrong_password_is_refused_in_the_readers_language(net, client):
    response = client.post("/en" + reverse("member_login"), {"username": "mso", "password": "falsch"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert 'lang="en"' in _html(response)
