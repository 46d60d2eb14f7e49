"""Identity by key, not by name (issue 17, finding 10, deliverable 6).

A town's editor group, collection and workflows are linked to its page by key: renaming the
town (its title in German and other languages, its slug) changes nothing in its tenancy.
"""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from wagtail.models import Collection, Workflow

from networking.models.twinning import is_editor
from offers.services import review
from portal import tenancy
from portal.factories import UserFactory
from portal.models import Tenancy

migration = importlib.import_module("portal.migrations.0003_tenancy")


def rename(page, title, slug):
    page.title_de, page.title_en, page.title_ar = title, f"{title} (en)", f"{title} (ar)"
    page.slug_de = page.slug_en = slug
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def editor(town_a):
    return UserFactory(username="lindenfeld", email="redaktion@lindenfeld.example", groups=[town_a.group])


def test_a_renamed_town_keeps_group_collection_and_workflow(town_a, editor):
    renamed = rename(town_a.page, "Lindenfeld-Süd", "lindenfeld-sued")
    found = tenancy.get_town(renamed)
    assert (found.group, found.collection) == (town_a.group, town_a.collection)
    assert found.workflow == town_a.workflow
    assert is_editor(editor)


def test_review_due_reaches_the_editors_of_a_renamed_town_and_county(town_a, editor, users, county):
    rename(town_a.page, "Lindenfeld-Süd", "lindenfeld-sued")
    rename(county, "Landkreis Neuland", "landkreis-neuland")
    recipients = review.recipients_for(town_a.page)
    assert editor.email in recipients and users["editor_a"].email in recipients
    assert users["editor_b"].email not in recipients
    assert users["county_editor"].email in review.recipients_for(None)


def _run_migration():
    migration.link_existing_parts(apps, SimpleNamespace(connection=connection))
    return {record.page_id: record for record in Tenancy.objects.all()}


def test_the_data_migration_links_todays_objects_by_todays_names(county, town_a):
    """Before the migration, submission workflows were made per language: the earliest is kept."""
    first = Workflow.objects.create(name="Event submissions: Altdorf")
    Workflow.objects.create(name="Eingereichte Veranstaltungen: Altdorf")
    county_workflow = Workflow.objects.create(name="Заявки на події: Landkreis Testhausen")
    Tenancy.objects.all().delete()
    linked = _run_migration()
    town = linked[town_a.page.pk]
    assert (town.editors, town.collection, town.review_workflow) == (
        town_a.group,
        town_a.collection,
        town_a.workflow,
    )
    assert town.submission_workflow == first
    assert linked[county.pk].editors == tenancy.editor_group(None)
    assert linked[county.pk].collection == Collection.get_first_root_node()
    assert linked[county.pk].submission_workflow == county_workflow


def test_the_data_migration_finds_the_parts_of_a_town_renamed_before_it(town_b):
    """A town renamed before the migration: its group is the one with rights on its page."""
    rename(town_b.page, "Neudorf an der Aue", "neudorf-an-der-aue")
    Tenancy.objects.all().delete()
    linked = _run_migration()[town_b.page.pk]
    assert (linked.editors, linked.collection) == (town_b.group, town_b.collection)
    assert linked.submission_workflow is None
