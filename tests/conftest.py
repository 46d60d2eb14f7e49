"""Shared fixtures: the county tree, one user per role, German as the active language."""

import io
import os

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from wagtail.models import Page

from portal import tenancy
from portal.factories import UserFactory
from search import memo

ROLES = ("anonymous", "mso_member", "editor_a", "editor_b", "county_editor", "admin")
IN_CI = os.environ.get("CI") == "true"
COUNTY_NAME = "Landkreis Testhausen"
TOWN_NAMES = {"a": "Altdorf", "b": "Neudorf"}
CONFIGURED_DATABASE = settings.DATABASES["default"]["NAME"]  # the test database's name replaces it


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """As after `make run`: fill the translation fields of the pages Wagtail's migrations made.

    pytest-django creates the test database only when a selected test is marked for it; the
    read-only browser tests are not (their module's ``world`` opens the database), so a run of
    only those creates it here instead of reaching the configured database.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    created = None
    with django_db_blocker.unblock():
        if connection.settings_dict["NAME"] == CONFIGURED_DATABASE:
            created = setup_databases(verbosity=0, interactive=False, aliases={connection.alias})
        call_command("update_translation_fields", verbosity=0)
    yield
    if created:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(autouse=True)
def _german():
    """The active language leaks between tests; every test starts in German."""
    translation.activate("de")
    yield
    translation.activate("de")


@pytest.fixture(autouse=True)
def _search_memo():
    """Tests reuse index version tokens ("initial" after a flush): each starts with an empty memo."""
    memo.clear()
    yield


def ensure_wagtail_root():
    """Transactional tests (live server) flush the tables that Wagtail's migrations filled."""
    from wagtail.models import Collection, Locale

    cache.clear()  # Wagtail caches site root paths of pages that no longer exist
    Locale.objects.get_or_create(language_code="de")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


TRANSACTIONAL_FIXTURES = {
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("serialized_rollback")):
        return True
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


@pytest.fixture(scope="module")
def _county_base(request, django_db_setup, django_db_blocker):
    """The test county with towns A and B, built once per test module.

    It lives in a transaction that is rolled back after the module; each test runs in its own
    savepoint inside it (pytest-django's ``db``), so a test's changes are gone before the next one.
    Modules with transactional tests (live server, concurrency) build the county per test instead:
    a transaction held open would hide their commits. Every test of a module that uses the county
    sees it, even one that asks only for ``db``: a test about an empty site needs a module of its own.
    """
    module_items = [item for item in request.session.items if item.getparent(pytest.Module) is request.node]
    if any(_is_transactional(item) for item in module_items):
        yield None
        return
    with django_db_blocker.unblock(), transaction.atomic():
        translation.activate("de")
        ensure_wagtail_root()
        county = tenancy.setup_county(COUNTY_NAME)
        towns = {key: tenancy.create_town(name).page.pk for key, name in TOWN_NAMES.items()}
        yield {"county": county.pk, **towns}
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo county of `make run` (seed_demo, ~20 s), committed once for a module.

    For tests that look at every public page type (tests/public_pages.py) as a visitor meets
    them. The tests of such a module only read: they carry no ``django_db`` mark (database access
    stays open until the module ends; the live server sees the committed rows). Afterwards the
    tables are flushed, as after a transactional test, and Wagtail's root page is restored.
    """
    from django.core.management import call_command

    with django_db_blocker.unblock():
        try:
            translation.activate("de")
            ensure_wagtail_root()
            call_command("seed_demo", "--quiet", stdout=io.StringIO())
            cache.clear()
            yield tenancy.get_county()
        finally:
            call_command("flush", verbosity=0, interactive=False, reset_sequences=False, allow_cascade=False)
            ensure_wagtail_root()
            translation.activate("de")


def _base_town(base, key):
    if base is None:
        return tenancy.create_town(TOWN_NAMES[key])
    return tenancy.get_town(Page.objects.get(pk=base[key]).specific)


def base_county(base):
    """The county page and towns A and B of ``_county_base``, for a module-scoped world built on it."""
    assert base is not None, "a module with transactional tests has no module-wide county"
    return Page.objects.get(pk=base["county"]).specific, _base_town(base, "a"), _base_town(base, "b")


@pytest.fixture
def county(_county_base, db):
    if _county_base is None:
        ensure_wagtail_root()
        return tenancy.setup_county(COUNTY_NAME)
    cache.clear()  # Wagtail caches site root paths; the previous test may have moved pages
    return Page.objects.get(pk=_county_base["county"]).specific


@pytest.fixture
def town_a(_county_base, county):
    return _base_town(_county_base, "a")


@pytest.fixture
def town_b(_county_base, county):
    return _base_town(_county_base, "b")


def make_users(town_a, town_b):
    """One user per role (anonymous is None); the editors belong to town A or town B."""
    groups = {
        "mso_member": tenancy.group_name("mso_members"),
        "county_editor": tenancy.group_name("county_editors"),
    }
    result = {"anonymous": None}
    result["mso_member"] = UserFactory(username="mso", groups=[Group.objects.get(name=groups["mso_member"])])
    result["editor_a"] = UserFactory(username="editor-a", groups=[town_a.group])
    result["editor_b"] = UserFactory(username="editor-b", groups=[town_b.group])
    result["county_editor"] = UserFactory(
        username="county", groups=[Group.objects.get(name=groups["county_editor"])]
    )
    result["admin"] = UserFactory(username="root", is_superuser=True, is_staff=True)
    return result


@pytest.fixture
def users(town_a, town_b):
    """One user per role (anonymous is None)."""
    return make_users(town_a, town_b)


@pytest.fixture
def client_for(users, client):
    def make(role):
        user = users[role]
        if user is not None:
            client.force_login(user)
        return client

    return make


# --- where the database engine matters -------------------------------------------------------
# The whole suite runs on SQLite (the embedded default of `make run`). In CI the tests below run
# once more on PostgreSQL: they exercise queries, locking, constraints, migrations or search,
# where the engines differ. Browser tests, templates, forms and pure logic run once.
ENGINE_DEPENDENT = (
    "tests/search/",  # full-text search: tsvector and partial GIN indexes vs the SQLite backend
    "tests/events/",  # calendar queries, recurrence listings, registration locking and constraints
    "tests/offers/test_finder.py",  # filters, sorting and pagination over the page tree
    "tests/offers/test_query_counts.py",
    "tests/offers/test_taxonomy.py",
    "tests/networking/",  # twinning rounds lock rows (select_for_update)
    "tests/newsletter/",  # subscriptions: unique normalised addresses, digests by date
    "tests/dashboard/",  # aggregate figures per town
    "tests/organisations/",
    "tests/privacy/",  # retention purges by date arithmetic
    "tests/resilience/",
    "tests/portal/test_statement_timeout.py",  # PostgreSQL's statement_timeout
    "tests/portal/test_image_consent.py",  # a data migration
    "tests/tenancy/test_identity.py",  # a data migration; tenancy rows by key
    "tests/tenancy/test_access_matrix.py::test_admin_listing",  # scoped admin listings (DISTINCT)
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.nodeid.startswith(ENGINE_DEPENDENT):
            item.add_marker(pytest.mark.engine)
