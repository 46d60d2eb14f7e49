"""Shared fixtures: the county tree, one user per role, German as the active language."""

import os

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from portal import tenancy
from portal.factories import UserFactory

ROLES = ("anonymous", "mso_member", "editor_a", "editor_b", "county_editor", "admin")
IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """As after `make run`: fill the translation fields of the pages Wagtail's migrations made."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)


@pytest.fixture(autouse=True)
def _german():
    """The active language leaks between tests; every test starts in German."""
    translation.activate("de")
    yield
    translation.activate("de")


def ensure_wagtail_root():
    """Transactional tests (live server) flush the tables that Wagtail's migrations filled."""
    from django.core.cache import cache
    from wagtail.models import Collection, Locale, Page

    cache.clear()  # Wagtail caches site root paths of pages that no longer exist
    Locale.objects.get_or_create(language_code="de")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def county(db):
    ensure_wagtail_root()
    return tenancy.setup_county("Landkreis Testhausen")


@pytest.fixture
def town_a(county):
    return tenancy.create_town("Altdorf")


@pytest.fixture
def town_b(county):
    return tenancy.create_town("Neudorf")


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
