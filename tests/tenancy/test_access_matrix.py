"""Every role × every admin action of the matrix: allowed ones take effect, others change nothing.

The county the cases act on is built once per module inside a transaction that is rolled back at
the end; each case runs in its own savepoint (pytest-django's ``db``), so whatever a case changes is
undone before the next one, and every case reads the objects it uses afresh from the database.
"""

import datetime

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone, translation
from wagtail.models import Page

from events.models import CalendarSubscription, EventIndexPage, EventPage, TrainingCalendarPage
from guidelines.models import Rule, WordList
from home.factories import ContentPageFactory
from newsletter.models import Subscription
from offers.models import Category, ContactPointIndexPage, OfferIndexPage, OfferPage
from organisations.factories import OrganisationFactory
from organisations.models import Organisation, OrganisationIndexPage
from portal import tenancy
from tests.access_matrix import ADMIN_LISTINGS, ADMIN_ROLES, ADMIN_URL_ROWS, MATRIX, PUBLIC_URLS
from tests.conftest import ROLES, ensure_wagtail_root, make_users

from . import admin_urls
from .admin_actions import perform

CASES = [(role, action, target) for (action, target) in MATRIX for role in ROLES]


@pytest.fixture(scope="module")
def _built_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        translation.activate("de")
        ensure_wagtail_root()
        county = tenancy.setup_county("Landkreis Testhausen")
        town_a, town_b = tenancy.create_town("Altdorf"), tenancy.create_town("Neudorf")
        users = make_users(town_a, town_b)
        objects = _build(county, town_a, town_b, users)
        yield objects, users
        transaction.set_rollback(True)
    cache.clear()


def _fresh(obj):
    if obj is None:
        return None
    if isinstance(obj, Page):
        return obj.specific_class.objects.get(pk=obj.pk)
    return type(obj).objects.get(pk=obj.pk)


class FreshWorld(dict):
    """The world's objects, each read afresh from the database when a case first asks for it.

    A case uses two or three of the ~60 objects; reading all of them for every case was a fifth
    of the matrix's time."""

    def __init__(self, built):
        super().__init__()
        self.built = built

    def __missing__(self, key):
        self[key] = value = _fresh(self.built[key])
        return value

    def __contains__(self, key):
        return key in self.built or super().__contains__(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


@pytest.fixture
def world(_built_world, db):
    cache.clear()  # Wagtail caches site root paths; a case may have moved pages
    return FreshWorld(_built_world[0])


@pytest.fixture
def users(_built_world, db):
    return {role: _fresh(user) for role, user in _built_world[1].items()}


def _build(county, town_a, town_b, users):
    root_collection = town_a.collection.get_parent()
    objects = {
        "town_a": town_a.page,
        "page_a": ContentPageFactory(parent=town_a.page, title="Seite A"),
        "page_a_sibling": ContentPageFactory(parent=town_a.page, title="Nachbar A"),
        "page_b": ContentPageFactory(parent=town_b.page, title="Seite B"),
        "page_b_sibling": ContentPageFactory(parent=town_b.page, title="Nachbar B"),
        "page_county": ContentPageFactory(parent=county, title="Kreisseite"),
        "page_county_sibling": ContentPageFactory(parent=county, title="Kreisnachbar"),
    }
    for key, parent in (("a", town_a.page), ("b", town_b.page), ("county", county)):
        finder = OfferIndexPage(title=f"Angebote {key}", slug="angebote")
        parent.add_child(instance=finder)
        objects[f"finder_{key}"] = finder
        contact_finder = ContactPointIndexPage(title=f"Anlaufstellen {key}", slug="anlaufstellen")
        parent.add_child(instance=contact_finder)
        objects[f"contact_finder_{key}"] = contact_finder
    for key in ("a", "b"):
        # a way to reach someone: offers are published only with one
        offer = OfferPage(title=f"Angebot {key}", slug=f"angebot-{key}", contact_phone="06000 12345")
        objects[f"finder_{key}"].add_child(instance=offer)
        offer.save_revision().publish()
        objects[f"offer_{key}"] = offer
    for key, parent in (("a", town_a.page), ("b", town_b.page), ("county", county)):
        calendar = EventIndexPage(title=f"Termine {key}", slug="termine")
        parent.add_child(instance=calendar)
        calendar.save_revision().publish()
        objects[f"calendar_{key}"] = calendar
        start = timezone.now() + datetime.timedelta(days=7)
        event = EventPage(
            title=f"Termin {key}", slug=f"termin-{key}", start=start, end=start + datetime.timedelta(hours=1)
        )
        calendar.add_child(instance=event)
        event.save_revision().publish()
        objects[f"event_{key}"] = event
    objects["subscription_a"] = CalendarSubscription.objects.create(
        calendar=objects["calendar_a"], url="http://127.0.0.1:9/termine.ics"
    )
    trainings = TrainingCalendarPage(title="Fortbildungen", slug="fortbildungen")
    county.add_child(instance=trainings)
    trainings.save_revision().publish()
    objects["subscription"] = Subscription.objects.create(
        email="leserin@example.org", language="de", status=Subscription.Status.CONFIRMED
    )
    objects["category"] = Category.objects.create(name_de="Sport", slug="sport")
    objects["rule"] = Rule.objects.get(code="asylant")
    objects["official_names"] = WordList.objects.get(purpose=WordList.Purpose.OFFICIAL_NAMES)
    objects["guideline_report"] = None
    objects["translation_report"] = None
    objects["org_mso"] = OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO)
    objects["org_mso"].members.add(users["mso_member"])
    objects["org_other"] = OrganisationFactory(name="Anderer Verein", kind=Organisation.Kind.MSO)
    for key in ("a", "county"):
        objects[f"submission_{key}"] = _submission(
            objects["org_mso"], users["mso_member"], objects[f"calendar_{key}"]
        )
    directory = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    county.add_child(instance=directory)
    for key, collection in (("a", town_a.collection), ("b", town_b.collection), ("county", root_collection)):
        objects[f"image_{key}"] = wagtail_factories.ImageFactory(collection=collection, title=f"Bild {key}")
        objects[f"doc_{key}"] = wagtail_factories.DocumentFactory(
            collection=collection, title=f"Dokument {key}", file__filename="plan.pdf"
        )
    from tests.networking.world import ensure  # round tables and twinning of the networking rows

    ensure(objects)
    return objects


def _submission(organisation, member, calendar):
    from events.submissions.services import submit_event

    town = (
        calendar.get_parent().specific
        if calendar.get_parent().specific_class.__name__ == "TownPage"
        else None
    )
    day = timezone.localdate() + datetime.timedelta(days=9)
    data = {
        "organisation": organisation,
        "calendar": (town, calendar),
        "title": f"Eingereicht {calendar.pk}",
        "description": "Ein Abend.",
        "kind": "culture",
        "date": day,
        "start_time": datetime.time(18),
        "end_time": datetime.time(20),
        "city": "Altdorf",
        "cost": "free",
    }
    return submit_event(member, data, "de")


@pytest.mark.parametrize(("role", "action", "target"), CASES, ids=[f"{r}-{a}-{t}" for r, a, t in CASES])
def test_access_matrix(role, action, target, world, client_for):
    allowed = role in MATRIX[(action, target)]
    client = client_for(role)
    done = perform(client, world, action, target)
    assert done is allowed, f"{role} {'could not' if allowed else 'could'} {action} {target}"


PUBLIC_CASES = [(role, url) for url, roles in PUBLIC_URLS.items() for role in ROLES]


@pytest.mark.parametrize(("role", "url"), PUBLIC_CASES, ids=[f"{r}-{u}" for r, u in PUBLIC_CASES])
def test_public_urls(role, url, world, client_for):
    response = client_for(role).get(url)
    assert (response.status_code == 200) is (role in PUBLIC_URLS[url])


def test_matrix_covers_every_role():
    assert {role for roles in MATRIX.values() for role in roles} <= set(ROLES)
    assert connection.vendor in {"sqlite", "postgresql"}


# --- issue 17: every admin URL pattern of the resolver, as every role -------------------------


def test_every_admin_url_pattern_has_a_matrix_row():
    patterns = admin_urls.admin_patterns()
    assert len(patterns) > 300  # Wagtail's and the project's admin views were found
    assert admin_urls.uncovered(patterns) == [], "admin URL patterns without a row in tests/access_matrix.py"
    assert admin_urls.stale_rows(patterns) == []


@pytest.fixture(scope="module")
def _url_world(_built_world, django_db_blocker):
    objects, users = _built_world
    with django_db_blocker.unblock():
        targets, extra = admin_urls.extend(dict(objects), users)
    return targets, {**users, **extra}


OBJECT_ROWS = sorted(key for key in ADMIN_URL_ROWS if key[0] not in ADMIN_LISTINGS)
LISTINGS = sorted(
    {(name, role) for name, _target in ADMIN_URL_ROWS if name in ADMIN_LISTINGS for role in ADMIN_ROLES}
)


@pytest.mark.parametrize(("name", "target"), OBJECT_ROWS, ids=[f"{n}-{t}" for n, t in OBJECT_ROWS])
def test_admin_url_for_an_object(name, target, _url_world, db):
    """Allowed roles reach the view; every other role is refused without seeing the object."""
    targets, users = _url_world
    url = admin_urls.url_for(name, targets[target])
    wrong = []
    for role in ADMIN_ROLES:
        status, body = admin_urls.request(users[role], url)
        allowed = role in ADMIN_URL_ROWS[(name, target)]
        leaked = [text for text in targets[target]["leaks"] if text in body]
        if (
            allowed
            and status in admin_urls.REFUSED
            or not allowed
            and (status not in admin_urls.REFUSED or leaked)
        ):
            wrong.append(f"{role}: {status} {leaked}")
    assert not wrong, f"{url}: {wrong}"


@pytest.mark.parametrize(("name", "role"), LISTINGS, ids=[f"{n}-{r}" for n, r in LISTINGS])
def test_admin_listing_shows_only_allowed_objects(name, role, _url_world, db):
    targets, users = _url_world
    rows = {target: roles for (row_name, target), roles in ADMIN_URL_ROWS.items() if row_name == name}
    url = admin_urls.listing_url(name, [targets[target] for target in rows])
    status, body = admin_urls.request(users[role], url)
    shown = {target for target in rows if admin_urls.listing_marker(name, targets[target]) in body}
    expected = {target for target, roles in rows.items() if role in roles}
    assert status < 500
    assert shown == expected, f"{role} sees {sorted(shown)} in {name}, expected {sorted(expected)}"
