"""Round tables: minutes visibility, action items (due date, status by owners), public page."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext

from networking.models import ActionItem, ActionStatus
from networking.services import roundtables

pytestmark = pytest.mark.django_db


def test_public_page_shows_names_not_delegates_and_hides_internal_minutes(net, client):
    response = client.get(net["round_table_a"].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kulturverein" in html
    assert "Sportverein Altdorf" in html
    assert "Delegierte Eins" not in html
    assert "eins-a@example.org" not in html
    assert "Geheimes Protokoll" not in html
    assert gettext("The minutes of this session are for members only.") in html
    assert reverse("member_login") in html  # a login on the site, not the admin
    # public open action shown, non-public one not
    assert "Flyer drucken" in html
    assert "Halle buchen" not in html


def test_members_read_internal_minutes(net, client, users):
    client.force_login(users["mso_member"])
    html = client.get(net["round_table_a"].url).content.decode()
    assert "Geheimes Protokoll" in html
    assert "Halle buchen" in html


def test_other_town_editor_does_not_read_internal_minutes(net, client, users):
    client.force_login(users["editor_b"])
    html = client.get(net["round_table_a"].url).content.decode()
    assert "Geheimes Protokoll" not in html


def test_public_minutes_are_public(net, client):
    session = net["session_a"]
    session.minutes_visibility = "public"
    session.save()
    assert "Geheimes Protokoll" in client.get(net["round_table_a"].url).content.decode()


def test_due_date_before_session_is_refused(net):
    session = net["session_a"]
    action = ActionItem(
        session=session,
        what="Zu früh",
        owner=net["org_member"],
        due_date=session.date - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError) as info:
        action.full_clean()
    assert str(info.value.message_dict["due_date"][0]) == gettext(
        "The due date cannot be before the session (%(date)s)."
    ) % {"date": session.date.strftime("%d.%m.%Y")}


def test_due_date_before_session_in_admin_saves_nothing(net, client, users):
    client.force_login(users["editor_a"])
    session = net["session_a"]
    before = ActionItem.objects.count()
    response = client.post(
        reverse("networking_actions:add"),
        {
            "session": session.pk,
            "what": "Zu früh",
            "owner": net["org_member"].pk,
            "due_date": (session.date - datetime.timedelta(days=3)).isoformat(),
            "status": "open",
        },
    )
    assert response.status_code == 200
    assert session.date.strftime("%d.%m.%Y") in response.content.decode()
    assert ActionItem.objects.count() == before


def test_owner_updates_status(net, client, users):
    action = net["action_a"]
    client.force_login(users["mso_member"])
    url = reverse("networking_action_status", args=[action.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"status": "done", "notes": "Erledigt"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE


def test_non_owner_cannot_update_status(net, client, users):
    action = net["action_other_a"]  # owned by the other organisation
    client.force_login(users["mso_member"])
    response = client.post(reverse("networking_action_status", args=[action.pk]), {"status": "done"})
    assert response.status_code == 403
    action.refresh_from_db()
    assert action.status == ActionStatus.OPEN


def test_filter_actions(net):
    queryset = ActionItem.objects.filter(session__round_table=net["round_table_a"])
    assert list(roundtables.filter_actions(queryset, {"overdue": "1"})) == [net["action_a"]]
    owner = str(net["org_second"].pk)
    assert list(roundtables.filter_actions(queryset, {"owner": owner})) == [net["action_other_a"]]
    assert list(roundtables.filter_actions(queryset, {"status": "done"})) == []


def test_admin_list_filters_overdue_and_confines_towns(net, client, users):
    client.force_login(users["editor_a"])
    html = client.get(reverse("networking_actions:index"), {"overdue": "true"}).content.decode()
    assert "Flyer drucken" in html
    assert "Halle buchen" not in html
    client.force_login(users["editor_b"])
    response = client.get(reverse("networking_actions:edit", args=[net["action_a"].pk]))
    assert response.status_code in (302, 403, 404)


def test_overdue_property(net):
    assert net["action_a"].is_overdue
    assert not net["action_other_a"].is_overdue
    assert net["action_a"].due_date < timezone.localdate()


def test_session_event_of_another_town_is_refused(net, client, users):
    from networking.models import RoundTableSession

    client.force_login(users["editor_a"])
    before = RoundTableSession.objects.count()
    from events.models import EventPage
    from networking.builders import calendar_of

    start = timezone.now() + datetime.timedelta(days=3)
    other_event = EventPage(
        title="Anderswo", slug="anderswo", start=start, end=start + datetime.timedelta(hours=1)
    )
    calendar_of(net["round_table_b"].get_parent()).add_child(instance=other_event)
    response = client.post(
        reverse("networking_sessions:add"),
        {
            "round_table": net["round_table_a"].pk,
            "event": other_event.pk,
            "minutes_visibility": "members",
            "agenda_items-TOTAL_FORMS": "0",
            "agenda_items-INITIAL_FORMS": "0",
            "agenda_items-MIN_NUM_FORMS": "0",
            "agenda_items-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200
    message = gettext("Choose an event of the round table's own calendar (the same town or the county).")
    assert escape(message) in response.content.decode()
    assert RoundTableSession.objects.count() == before
