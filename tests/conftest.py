"""Shared fixtures: the county tree, one user per role, German as the active language."""

import os

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from portal import tenancy
from portal.factories import UserFactory

ROLES = ("anonymous", "mso_member", "editor_a", "editor_b", "county_editor", "admin")
IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(autouse=True)
def _german():
    """The active language leaks between tests; every test starts in German."""
    translation.activate("de")
    yield
    translation.activate("de")


@pytest.fixture
def county(db):
    return tenancy.setup_county("Landkreis Testhausen")


@pytest.fixture
def town_a(county):
    return tenancy.create_town("Altdorf")


@pytest.fixture
def town_b(county):
    return tenancy.create_town("Neudorf")


@pytest.fixture
def users(town_a, town_b):
    """One user per role (anonymous is None)."""
    groups = {
        "mso_member": tenancy.group_name("mso_members"),
        "county_editor": tenancy.group_name("county_editors"),
    }
    result = {"anonymous": None}
    result["mso_member"] = UserFactory(
        username="mso", groups=[Group.objects.get(name=groups["mso_member"])]
    )
    result["editor_a"] = UserFactory(username="editor-a", groups=[town_a.group])
    result["editor_b"] = UserFactory(username="editor-b", groups=[town_b.group])
    result["county_editor"] = UserFactory(
        username="county", groups=[Group.objects.get(name=groups["county_editor"])]
    )
    result["admin"] = UserFactory(username="root", is_superuser=True, is_staff=True)
    return result


@pytest.fixture
def client_for(users, client):
    def make(role):
        user = users[role]
        if user is not None:
            client.force_login(user)
        return client

    return make
