"""Twinning: applications (period, one per group), pairing conflicts, suggestions, window, stories."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from networking import builders
from networking.models import TwinningApplication, TwinningPair
from networking.services import twinning
from stories.models import StoryPage, latest_stories

pytestmark = pytest.mark.django_db


def _form(town, name="Nachbarschaft Nord", **extra):
    return {
        "group_kind": "neighbourhood",
        "group_name": name,
        "town": town.pk,
        "contact_name": "Erika Muster",
        "contact_email": "erika@example.org",
        "interests": ["cooking"],
        "size": "12",
        "availability": "abends",
        "show_name_publicly": "on",
        **extra,
    }


def test_application_during_period_is_saved(net, client, town_a):
    url = net["twinning_round"].url + "bewerben/"
    response = client.post(url, _form(town_a.page))
    assert response.status_code == 200
    application = TwinningApplication.objects.get(group_name="Nachbarschaft Nord")
    assert application.interests == ["cooking"]
    assert "erika@example.org" not in client.get(net["twinning_round"].url).content.decode()


def test_application_after_deadline_saves_nothing(net, client, town_a):
    round_page = net["twinning_round"]
    round_page.application_end = timezone.localdate() - datetime.timedelta(days=1)
    round_page.application_start = round_page.application_end - datetime.timedelta(days=30)
    round_page.save_revision().publish()
    before = TwinningApplication.objects.count()
    response = client.post(round_page.url + "bewerben/", _form(town_a.page))
    html = response.content.decode()
    expected = gettext("Applications to this round are possible from %(start)s to %(end)s.") % {
        "start": round_page.application_start.strftime("%d.%m.%Y"),
        "end": round_page.application_end.strftime("%d.%m.%Y"),
    }
    assert expected in html
    assert TwinningApplication.objects.count() == before
    with pytest.raises(twinning.TwinningError):
        twinning.apply(round_page, {"group_name": "X", "town": town_a.page})
    assert TwinningApplication.objects.count() == before


def test_one_application_per_group(net, client, town_a):
    url = net["twinning_round"].url + "bewerben/"
    before = TwinningApplication.objects.count()
    response = client.post(url, _form(town_a.page, name="chor  altdorf"))
    assert response.status_code == 400
    assert gettext("This group has already applied to this round.") in response.content.decode()
    assert TwinningApplication.objects.count() == before


def test_honeypot_saves_nothing(net, client, town_a):
    before = TwinningApplication.objects.count()
    client.post(net["twinning_round"].url + "bewerben/", _form(town_a.page, website="spam"))
    assert TwinningApplication.objects.count() == before


def test_suggestions_ranked_by_interests_then_languages_then_distance(net):
    ranked = twinning.suggestions(net["application_1"])
    assert [s.application for s in ranked] == [net["application_2"], net["application_3"]]
    assert ranked[0].shared_interests == ["music"]
    assert ranked[0].shared_languages == ["ar"]


def test_suggestions_distance_breaks_ties(net, town_a, town_b):
    round_page = net["twinning_round"]
    near = builders.application(round_page, "Nah", town_a.page, interests=["sport"])
    far = builders.application(round_page, "Fern", town_b.page, interests=["sport"])
    base = builders.application(round_page, "Basis", town_a.page, interests=["sport"])
    ranked = [s.application for s in twinning.suggestions(base, limit=10)]
    assert ranked.index(near) < ranked.index(far)


def test_pairing_conflicts_save_nothing(net, users):
    round_page, first, second, third = (
        net["twinning_round"],
        net["application_1"],
        net["application_2"],
        net["application_3"],
    )
    coordinator = users["editor_a"]
    with pytest.raises(twinning.TwinningError) as info:
        twinning.create_pair(coordinator, round_page, first, first)
    assert str(info.value) == gettext("A group cannot be paired with itself.")
    twinning.create_pair(coordinator, round_page, first, second)
    with pytest.raises(twinning.TwinningError) as info:
        twinning.create_pair(coordinator, round_page, third, second)
    assert str(info.value) == gettext("“%(group)s” is already paired in this round.") % {
        "group": second.group_name
    }
    assert TwinningPair.objects.count() == 1
    with pytest.raises(PermissionError):
        twinning.create_pair(users["county_editor"], round_page, third, first)


def test_pairing_view_refuses_twice_with_message(net, client, users):
    client.force_login(users["editor_a"])
    url = reverse("networking_pairing", args=[net["twinning_round"].pk])
    assert client.get(url).status_code == 200
    first, second, third = net["application_1"], net["application_2"], net["application_3"]
    assert client.post(url, {"first": first.pk, "second": second.pk}).status_code == 302
    response = client.post(url, {"first": third.pk, "second": first.pk})
    assert response.status_code == 400
    assert gettext("“%(group)s” is already paired in this round.") % {"group": first.group_name} in (
        response.content.decode()
    )
    response = client.post(url, {"first": third.pk, "second": third.pk})
    assert gettext("A group cannot be paired with itself.") in response.content.decode()
    assert TwinningPair.objects.count() == 1


def test_database_refuses_self_pair(net):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        TwinningPair.objects.create(
            round=net["twinning_round"], first=net["application_1"], second=net["application_1"]
        )


def test_meeting_outside_window_is_refused(net, users):
    pair = twinning.create_pair(
        users["editor_a"], net["twinning_round"], net["application_1"], net["application_2"]
    )
    pair.kickoff_date = net["twinning_round"].pairing_date
    pair.meeting_first_date = pair.kickoff_date + datetime.timedelta(days=7 * 31)
    with pytest.raises(ValidationError) as info:
        pair.full_clean()
    assert "meeting_first_date" in info.value.message_dict


def test_meeting_outside_window_in_admin_saves_nothing(net, client, users):
    pair = twinning.create_pair(
        users["editor_a"], net["twinning_round"], net["application_1"], net["application_2"]
    )
    client.force_login(users["editor_a"])
    url = reverse("networking_pairs:edit", args=[pair.pk])
    from tests.forms import form_data

    data = form_data(client.get(url))
    kickoff = net["twinning_round"].pairing_date
    data.update(
        {
            "kickoff_date": kickoff.isoformat(),
            "meeting_first_date": (kickoff + datetime.timedelta(days=300)).isoformat(),
            "project_title": "Gemeinsam kochen",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    pair.refresh_from_db()
    assert pair.kickoff_date is None and pair.project_title == ""


def test_window_is_at_most_six_months(net):
    round_page = net["twinning_round"]
    round_page.window_months = 7
    with pytest.raises(ValidationError) as info:
        round_page.full_clean()
    assert "window_months" in info.value.message_dict


def test_warnings_for_missing_meetings(net, users):
    pair = twinning.create_pair(
        users["editor_a"], net["twinning_round"], net["application_1"], net["application_2"]
    )
    warnings = [str(w) for w in pair.warnings()]
    assert gettext("The meeting at %(group)s's place is missing.") % {"group": "Chor Altdorf"} in warnings


def test_only_consented_pairs_are_public_and_story_in_one_step(net, users, client):
    round_page = net["twinning_round"]
    pair = twinning.create_pair(users["editor_a"], round_page, net["application_1"], net["application_2"])
    other = twinning.create_pair(
        users["editor_a"],
        round_page,
        net["application_3"],
        builders.application(round_page, "Geheimgruppe", net["application_3"].town, consent=False),
    )
    pair.project_title = "Liederabend"
    pair.save()
    html = client.get(round_page.url).content.decode()
    assert "Liederabend" in html and "Chor Altdorf" in html
    assert "Geheimgruppe" not in html and str(other) not in html
    # finished: closing event in the past
    from networking.builders import calendar_of

    start = timezone.now() - datetime.timedelta(days=1)
    from events.models import EventPage

    closing = EventPage(
        title="Abschluss", slug="abschluss", start=start, end=start + datetime.timedelta(hours=1)
    )
    calendar_of(round_page.get_parent()).add_child(instance=closing)
    pair.closing_event = closing
    pair.save()
    client.force_login(users["editor_a"])
    response = client.post(reverse("networking_make_story", args=[pair.pk]))
    assert response.status_code == 302
    story = StoryPage.objects.child_of(round_page).get()  # a story like every other, below its round
    pair.refresh_from_db()
    assert pair.story_id == story.pk and not story.live
    assert "Liederabend" in story.intro
    assert story.town_id == round_page.town_id and story.story_date == pair.closing_date
    assert [link.target_id for link in story.related_pages.all()] == [round_page.pk]
    story.save_revision().publish()
    assert story.pk in {page.pk for page in latest_stories()}  # story index and feeds
    assert client.get(story.url).status_code == 200
    assert story.url in client.get(round_page.url).content.decode()


def test_story_only_by_coordinator(net, users, client):
    pair = twinning.create_pair(
        users["editor_a"], net["twinning_round"], net["application_1"], net["application_2"]
    )
    client.force_login(users["county_editor"])
    response = client.post(reverse("networking_make_story", args=[pair.pk]))
    assert response.status_code in (302, 403) and response.get("Location") != reverse(
        "wagtailadmin_pages:edit", args=[pair.pk]
    )
    assert not StoryPage.objects.exists()


def test_coordinator_must_be_an_editor(net, users):
    round_page = net["twinning_round"]
    round_page.coordinator = users["mso_member"]
    with pytest.raises(ValidationError) as info:
        round_page.full_clean()
    assert "coordinator" in info.value.message_dict
    round_page.coordinator = users["editor_b"]
    round_page.full_clean()
