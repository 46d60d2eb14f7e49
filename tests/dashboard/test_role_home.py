"""Each role's admin home shows its own next steps, with counts and links, and nothing of other
towns or organisations; each panel runs the same number of queries whatever the number of rows."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from dashboard.next_steps.panels import panels_for
from events.models import EventPage, EventSubmission, SubmissionStatus
from guidelines.models import FindingRecord, Rule
from networking import builders
from networking.models import TwinningPair
from organisations.factories import OrganisationFactory
from organisations.models import Organisation
from portal import tenancy
from portal.factories import UserFactory
from tests.conftest import base_county, make_users
from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory

MEMBER = ["member-events", "member-organisation", "member-actions"]
TOWN = ["town-reviews", "town-drafts", "town-findings", "town-translations"]
MODERATION = ["moderation"]
COORDINATION = ["coordinator-pairs", "coordinator-sessions"]
TODAY = timezone.localdate()


def days(number):
    return TODAY + datetime.timedelta(days=number)


def home(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(soup, key):
    found = soup.select_one(f'[data-next-steps="{key}"]')
    assert found is not None, f"panel {key} missing"
    return found


def shown(soup):
    return [node["data-next-steps"] for node in soup.select("[data-next-steps]")]


def counts(node):
    return [int(item.strong.get_text()) for item in node.select("[data-count]")]


def rows(node):
    return [(row.a.get_text(strip=True), row.a["href"]) for row in node.select("[data-item]")]


def submission(calendar, organisation, submitter, title, status=SubmissionStatus.PENDING, age=0):
    start = timezone.now() + datetime.timedelta(days=10)
    event = EventPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        start=start,
        end=start + datetime.timedelta(hours=2),
        live=False,
    )
    calendar.add_child(instance=event)
    event.save_revision(user=submitter)
    item = EventSubmission.objects.create(
        event=event, submitter=submitter, organisation=organisation, language="de", status=status
    )
    EventSubmission.objects.filter(pk=item.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=age)
    )
    return item


def in_moderation(organisation, user, age=0):
    organisation.description = f"{organisation.description} geändert"
    revision = organisation.save_revision(user=user)
    state = organisation.get_workflow().start(organisation, user)
    state.current_task_state.__class__.objects.filter(pk=state.current_task_state_id).update(
        started_at=timezone.now() - datetime.timedelta(days=age)
    )
    return revision


@pytest.fixture(scope="module")
def module_world(_county_base, django_db_blocker):
    """Built once for the module in the county's transaction (each test runs in a savepoint)."""
    with django_db_blocker.unblock():
        county, town_a, town_b = base_county(_county_base)
        users = make_users(town_a, town_b)
        return {"users": users, **build(county, town_a, town_b, users)}


@pytest.fixture
def world(module_world, db):
    return module_world


@pytest.fixture
def users(world):
    return world["users"]


def build(county, town_a, town_b, users):
    """Town A and B each with an organisation, offers, a round table, submissions; a round of
    the county coordinated by editor A with a late pair."""
    moderator = UserFactory(username="mod", groups=[Group.objects.get(name=tenancy.group_name("moderators"))])
    member = users["mso_member"]
    mine = OrganisationFactory(name="Kulturverein Altdorf", kind=Organisation.Kind.MSO, town=town_a.page)
    mine.members.add(member)
    mine.save_revision().publish()
    other = OrganisationFactory(name="Fremder Verein Neudorf", kind=Organisation.Kind.MSO, town=town_b.page)
    outsider = UserFactory(
        username="outsider", groups=[Group.objects.get(name=tenancy.group_name("mso_members"))]
    )
    other.members.add(outsider)
    calendar_a, calendar_b = builders.calendar_of(town_a.page), builders.calendar_of(town_b.page)
    objects = {"moderator": moderator, "mine": mine, "other": other, "outsider": outsider}
    objects["sub_pending"] = submission(calendar_a, mine, member, "Kochabend", age=3)
    objects["sub_rejected"] = submission(
        calendar_a, mine, member, "Tanzabend", SubmissionStatus.REJECTED, age=5
    )
    objects["sub_other"] = submission(calendar_b, other, outsider, "Fremdes Fest", age=9)
    in_moderation(other, outsider, age=1)
    # Places: one due offer per town, one not yet due in town A.
    for key, town in (("a", town_a), ("b", town_b)):
        finder = OfferIndexPageFactory(parent=town.page)
        objects[f"due_{key}"] = OfferPageFactory(
            parent=finder, title=f"Fällig {key}", last_reviewed=days(-400)
        )
        objects[f"fresh_{key}"] = OfferPageFactory(parent=finder, title=f"Frisch {key}")
        objects[f"draft_{key}"] = OfferPageFactory(parent=finder, title=f"Entwurf {key}", live=False)
    rule = Rule.objects.filter(severity="error").first()
    for key, town in (("a", town_a), ("b", town_b)):
        FindingRecord.objects.create(
            page=objects[f"fresh_{key}"],
            town=town.page,
            rule=rule,
            severity="error",
            field="intro",
            language="de",
            matched_text="x",
            start=0,
            end=1,
        )
    # Round tables: town A and B, each with an upcoming session and an action of each organisation.
    for key, town in (("a", town_a), ("b", town_b)):
        table = builders.round_table(town.page, f"Runder Tisch {key}", members=[(mine, "member", "", "", "")])
        session = builders.session(table, days(7), agenda=["Begrüßung"])
        objects[f"session_{key}"] = session
        objects[f"action_mine_{key}"] = builders.action(
            session, f"Flyer {key}", mine, days(-2 if key == "a" else 5)
        )
        objects[f"action_other_{key}"] = builders.action(session, f"Halle {key}", other, days(3))
    round_page = builders.twinning_round(
        county, "Tandems", start=days(-200), end=days(-150), pairing=days(-140), coordinator=users["editor_a"]
    )
    first = builders.application(round_page, "Chor Altdorf", town_a.page)
    second = builders.application(round_page, "Frauentreff Neudorf", town_b.page)
    third = builders.application(round_page, "Schulklasse", town_b.page)
    fourth = builders.application(round_page, "Laufgruppe", town_a.page)
    objects["late_pair"] = TwinningPair.objects.create(round=round_page, first=first, second=second)
    objects["on_time_pair"] = TwinningPair.objects.create(
        round=round_page,
        first=third,
        second=fourth,
        kickoff_date=days(-130),
        meeting_first_date=days(-100),
        meeting_second_date=days(-60),
    )
    objects["round"] = round_page
    return objects


def test_each_role_sees_its_own_panels(world, users, client):
    expected = {
        users["mso_member"]: MEMBER,
        users["editor_a"]: TOWN + COORDINATION,  # editor A coordinates the round
        users["editor_b"]: TOWN,
        world["moderator"]: MODERATION,
        users["county_editor"]: MODERATION + COORDINATION,
    }
    for user, keys in expected.items():
        assert shown(home(client, user)) == keys, user.username


def test_mso_member_home_links_to_submitting_and_lists_own_items_only(world, users, client):
    soup = home(client, users["mso_member"])
    events = panel(soup, "member-events")
    assert events.select_one("a.button")["href"] == reverse("event_submit")
    assert counts(events) == [1, 0, 1]  # pending, approved, rejected
    assert [title for title, _url in rows(events)] == ["Kochabend", "Tanzabend"]
    assert "⚠" in events.get_text()  # the rejected one is marked
    profile = panel(soup, "member-organisation")
    assert rows(profile) == [
        (
            "Kulturverein Altdorf",
            reverse("wagtailsnippets_organisations_organisation:edit", args=[world["mine"].pk]),
        )
    ]
    assert "published" in profile.get_text() or "veröffentlicht" in profile.get_text()
    actions = panel(soup, "member-actions")
    assert counts(actions) == [2, 1]  # open, overdue
    assert rows(actions) == [
        ("Flyer a", reverse("networking_action_status", args=[world["action_mine_a"].pk])),
        ("Flyer b", reverse("networking_action_status", args=[world["action_mine_b"].pk])),
    ]
    text = soup.get_text()
    for leak in ("Fremdes Fest", "Fremder Verein", "Halle a", "Halle b"):
        assert leak not in text


def test_profile_waiting_for_moderation_is_shown_as_such(world, client):
    outsider = world["outsider"]
    profile = panel(home(client, outsider), "member-organisation")
    assert counts(profile) == [1]
    assert "Kulturverein" not in profile.get_text()


def test_town_editor_sees_only_their_town(world, users, client, town_a):
    soup = home(client, users["editor_a"])
    reviews = panel(soup, "town-reviews")
    assert rows(reviews) == [("Fällig a", reverse("wagtailadmin_pages:edit", args=[world["due_a"].pk]))]
    assert counts(reviews) == [1, 1]
    drafts = panel(soup, "town-drafts")
    assert ("Entwurf a", reverse("wagtailadmin_pages:edit", args=[world["draft_a"].pk])) in rows(drafts)
    findings = panel(soup, "town-findings")
    records = FindingRecord.objects.filter(town=town_a.page, overridden=False)
    assert counts(findings) == [
        records.count(),
        records.values("page").distinct().count(),
        records.filter(severity="error").count(),
    ]
    assert ("Frisch a", reverse("guidelines_page", args=[world["fresh_a"].pk])) in rows(findings)
    untranslated = panel(soup, "town-translations")
    assert counts(untranslated)[0] >= 3  # the town page, the finder, its live offers
    text = soup.get_text()
    for leak in ("Fällig b", "Entwurf b", "Frisch b", "Neudorf"):
        assert leak not in text.replace("Frauentreff Neudorf", "")


def test_moderator_sees_waiting_items_oldest_first(world, client):
    soup = home(client, world["moderator"])
    waiting = panel(soup, "moderation")
    assert [title for title, _url in rows(waiting)] == ["Fremdes Fest", "Kochabend", "Fremder Verein Neudorf"]
    assert rows(waiting)[0][1] == reverse("wagtailadmin_pages:edit", args=[world["sub_other"].event_id])
    assert counts(waiting) == [2, 1]  # event submissions, organisation profiles


def test_coordinator_sees_late_pairs_and_upcoming_sessions(world, users, client):
    soup = home(client, users["editor_a"])
    pairs = panel(soup, "coordinator-pairs")
    assert rows(pairs) == [
        ("Chor Altdorf + Frauentreff Neudorf", reverse("networking_pairs:edit", args=[world["late_pair"].pk]))
    ]
    assert reverse("networking_pairing", args=[world["round"].pk]) in str(pairs)
    sessions = panel(soup, "coordinator-sessions")
    assert rows(sessions) == [
        ("Runder Tisch a", reverse("networking_sessions:edit", args=[world["session_a"].pk]))
    ]  # town B's round table is not editor A's
    county = panel(home(client, users["county_editor"]), "coordinator-sessions")
    assert counts(county) == [2]
    assert "Chor Altdorf" not in panel(home(client, users["county_editor"]), "coordinator-pairs").get_text()


def _queries(user):
    user = type(user).objects.get(pk=user.pk)  # a fresh user object: nothing remembered on it
    counted = {}
    for component in panels_for(user):
        with CaptureQueriesContext(connection) as queries:
            component.render_html({})
        counted[component.name] = len(queries)
    return counted


def test_panels_use_the_same_number_of_queries_for_more_rows(world, users, town_a):
    people = [users["mso_member"], users["editor_a"], world["moderator"]]
    before = {user.username: _queries(user) for user in people}
    calendar = builders.calendar_of(town_a.page)
    finder = world["due_a"].get_parent()
    for number in range(3):
        submission(calendar, world["mine"], users["mso_member"], f"Mehr {number}", age=number)
        OfferPageFactory(parent=finder, title=f"Auch fällig {number}", last_reviewed=days(-500))
        OfferPageFactory(parent=finder, title=f"Auch Entwurf {number}", live=False)
        builders.action(world["session_a"], f"Mehr {number}", world["mine"], days(number))
        first = builders.application(world["round"], f"Gruppe {number}", town_a.page)
        second = builders.application(world["round"], f"Partner {number}", town_a.page)
        TwinningPair.objects.create(round=world["round"], first=first, second=second)
    after = {user.username: _queries(user) for user in people}
    for user in people:
        assert after[user.username] == before[user.username]
    assert max(max(numbers.values()) for numbers in after.values()) <= 8


def test_the_panels_speak_the_admin_language(world, users, client):
    from wagtail.users.models import UserProfile

    member = users["mso_member"]
    german = panel(home(client, member), "member-events")
    assert "Veranstaltung einreichen" in german.get_text()
    assert german.find_parent("section").h2.get_text(strip=True) == "Ihre Veranstaltungen"
    profile = UserProfile.get_for_user(member)
    profile.preferred_language = "en"
    profile.save()
    english = home(client, member)
    events = panel(english, "member-events")
    assert events.find_parent("section").h2.get_text(strip=True) == "Your events"
    assert events.select_one("a.button")["href"].startswith("/en/")
    assert "Submit an event" in events.get_text()
