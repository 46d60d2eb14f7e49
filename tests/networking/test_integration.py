"""The networking module registered elsewhere: dashboard panels, portal search, personal data."""

import io
import json

from django.core.management import call_command

from dashboard import registry
from dashboard.scope import county_label, county_scope, scope_for
from networking.models import ActionItem, PairStage, RoundTablePage
from networking.services import stats
from search.backends.base import SearchRequest
from search.backends.db import DatabaseBackend


def test_action_panel_equals_the_database(net, town_a, town_b, users):
    rows = {row[0]: row[1:] for row in registry.get("round-table-actions").rows(county_scope())}
    for label, town in (
        (town_a.page.title, town_a.page),
        (town_b.page.title, town_b.page),
        (county_label(), None),
    ):
        items = ActionItem.objects.filter(session__round_table__town=town).exclude(
            status__in=("done", "dropped")
        )
        overdue = [item for item in items if item.is_overdue]
        assert rows[label] == [items.count(), len(overdue)]
    town_rows = registry.get("round-table-actions").rows(scope_for(users["editor_a"]))
    assert [row[0] for row in town_rows] == [town_a.page.title]


def test_pair_panel_counts_every_stage(net):
    rows = registry.get("twinning-pairs").rows(county_scope())
    assert [row[0] for row in rows] == [str(label) for label in PairStage.labels]
    assert sum(row[1] for row in rows) == sum(stats.pairs_by_stage().values())


def test_round_tables_are_found_by_the_search(net):
    page = RoundTablePage.objects.live().first()
    results = DatabaseBackend().search(SearchRequest(query=page.title, language="de"))
    assert page.title in [hit.title for hit in results.hits]


def test_delegates_are_exported_and_erased_with_the_other_personal_data(net):
    out = io.StringIO()
    call_command("export_personal_data", "eins-a@example.org", stdout=out)
    exported = json.loads(out.getvalue())["data"]["networking"]
    assert [(record["kind"], record["name"]) for record in exported] == [
        ("round_table_delegates", "Delegierte Eins")
    ]
    call_command("delete_personal_data", "eins-a@example.org", "--yes", stdout=io.StringIO())
    out = io.StringIO()
    call_command("export_personal_data", "eins-a@example.org", stdout=out)
    assert json.loads(out.getvalue())["data"]["networking"] == []
