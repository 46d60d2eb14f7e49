"""Invitations with .ics, stats equal to the database, personal data export and erasure."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from networking import personal_data
from networking.models import ActionItem, RoundTableMember, TwinningApplication, TwinningPair
from networking.services import invitations, stats, twinning

pytestmark = pytest.mark.django_db


def test_invitations_carry_the_ics(net):
    session = net["session_a"]
    sent, failed = invitations.send_invitations(session)
    assert (sent, failed) == (2, 0)
    assert sorted(m.to[0] for m in mail.outbox) == ["eins-a@example.org", "zwei-a@example.org"]
    for message in mail.outbox:
        name, content, mimetype = message.attachments[0]
        assert mimetype == "text/calendar" and name.endswith(".ics")
        calendar = Calendar.from_ical(content)
        events = list(calendar.walk("VEVENT"))
        assert len(events) == 1
        assert str(events[0]["uid"]) == f"{session.event.uid}@kreisnetz"
        assert len(message.to) == 1
    session.refresh_from_db()
    assert session.invitations_sent_at is not None


def test_invitation_failure_logged_without_address(net, caplog, monkeypatch):
    def boom(self, *args, **kwargs):
        raise OSError("smtp down for eins-a@example.org")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", boom)
    sent, failed = invitations.send_invitations(net["session_a"])
    assert (sent, failed) == (0, 2)
    assert "@" not in caplog.text


def test_invite_admin_view(net, client, users):
    from django.urls import reverse

    client.force_login(users["editor_a"])
    url = reverse("networking_invite", args=[net["session_a"].pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert len(mail.outbox) == 2
    client.force_login(users["editor_b"])
    client.post(url)
    assert len(mail.outbox) == 2


def test_actions_by_town_equals_database(net, town_a):
    today = timezone.localdate()
    rows = stats.actions_by_town()
    by_town = {row["town_id"]: row for row in rows}
    for town_id, row in by_town.items():
        items = ActionItem.objects.filter(session__round_table__town_id=town_id)
        assert row["open"] == items.filter(status__in=["open", "in_progress"]).count()
        assert row["overdue"] == items.overdue(today).count()
    assert by_town[town_a.page.pk]["overdue"] == 1
    assert rows[0]["town_id"] is None  # the county first
    assert sum(r["open"] for r in rows) == ActionItem.objects.still_open().count()


def test_pairs_by_stage_equals_database(net, users):
    round_page = net["twinning_round"]
    pair = twinning.create_pair(users["editor_a"], round_page, net["application_1"], net["application_2"])
    pair.kickoff_date = timezone.localdate() - datetime.timedelta(days=1)
    counts = stats.pairs_by_stage()
    assert sum(counts.values()) == TwinningPair.objects.count()
    assert counts["paired"] == 1
    pair.save()
    assert stats.pairs_by_stage()["kicked_off"] == 1


def test_personal_data_export_and_delete(net):
    exported = personal_data.export_for_email("EINS-A@example.org")
    assert exported["round_table_delegates"][0]["name"] == "Delegierte Eins"
    email = net["application_1"].contact_email
    assert personal_data.export_for_email(email)["twinning_applications"][0]["group"] == "Chor Altdorf"
    result = personal_data.delete_for_email("eins-a@example.org")
    assert result["round_table_delegates"] == 1
    assert not RoundTableMember.objects.filter(delegate_email="eins-a@example.org").exists()
    personal_data.delete_for_email(email)
    application = TwinningApplication.objects.get(pk=net["application_1"].pk)
    assert application.contact_email == "" and application.contact_name == ""
    assert personal_data.export_for_email(email) == {"round_table_delegates": [], "twinning_applications": []}
