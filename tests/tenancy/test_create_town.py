"""create_town: what it creates, and clear errors that create nothing."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Collection, GroupPagePermission, Page, WorkflowPage

from home.models import TownPage


def counts():
    return (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        WorkflowPage.objects.count(),
        GroupPagePermission.objects.count(),
    )


def test_create_town_builds_page_group_collection_workflow(county):
    call_command("create_town", "Bergheim an der Aue")
    town = TownPage.objects.get(title_de="Bergheim an der Aue")
    assert town.get_parent().pk == county.pk
    assert town.live
    group = Group.objects.get(name="Redaktion Bergheim an der Aue")
    granted = set(
        GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")
    )
    assert granted == {(town.pk, "add_page"), (town.pk, "change_page"), (town.pk, "publish_page")}
    collection = Collection.objects.get(name="Bergheim an der Aue")
    assert set(group.collection_permissions.values_list("collection_id", flat=True)) == {collection.pk}
    workflow = WorkflowPage.objects.get(page=town).workflow
    assert workflow.active is False
    assert group.permissions.filter(codename="access_admin").exists()


def test_approval_mode_removes_direct_publishing(county):
    call_command("create_town", "Kleinsassen", "--approval")
    town = TownPage.objects.get(title_de="Kleinsassen")
    group = Group.objects.get(name="Redaktion Kleinsassen")
    codes = set(
        GroupPagePermission.objects.filter(group=group).values_list("permission__codename", flat=True)
    )
    assert "publish_page" not in codes
    assert WorkflowPage.objects.get(page=town).workflow.active is True


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Altdorf", "gibt bereits eine Gemeinde"),
        ("ALTDORF", "gibt bereits eine Gemeinde"),
        ("  altdorf ", "gibt bereits eine Gemeinde"),
        ("", "darf nicht leer sein"),
        ("   ", "darf nicht leer sein"),
        ("!!!", "Buchstaben oder Ziffern"),
        ("x" * 201, "zu lang"),
    ],
)
def test_bad_names_are_refused_and_nothing_is_created(town_a, name, message):
    """Messages are in the county's language (German), as the command prints them."""
    before = counts()
    with pytest.raises(CommandError, match=message):
        call_command("create_town", name)
    assert counts() == before


def test_setup_county_is_idempotent(county):
    before = counts()
    call_command("setup_county", "Landkreis Testhausen")
    assert counts() == before
