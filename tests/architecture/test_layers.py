"""The import rules of pyproject.toml ([tool.importlinter]) hold, and they can fail.

`lint-imports` checks the contracts on the code as it is; the other tests add a forbidden import to
the real import graph and check that the very same contracts report it, so a contract that no
longer matches anything (a typo, a renamed app) cannot pass silently.
"""

import copy
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter import api
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract
from importlinter.domain import helpers

ROOT = Path(__file__).resolve().parents[2]
CONFIG = api.read_configuration(str(ROOT / "pyproject.toml"))
CONTRACT_TYPES = {"forbidden": ForbiddenContract, "layers": LayersContract}


def contract(contract_id):
    options = next(o for o in CONFIG["contracts_options"] if o["id"] == contract_id)
    return CONTRACT_TYPES[options["type"]](
        name=options["name"], session_options=CONFIG["session_options"], contract_options=options
    )


def kept(contract_id, graph):
    """Checks on a copy: a check takes the ignored imports out of the graph it is given."""
    return contract(contract_id).check(copy.deepcopy(graph), verbose=False).kept


@pytest.fixture(scope="module")
def project_graph():
    return grimp.build_graph(*CONFIG["session_options"]["root_packages"], cache_dir=None)


@pytest.fixture
def graph(project_graph):
    return copy.deepcopy(project_graph)


def add_import(graph, importer, imported):
    graph.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")


def app_cycles(graph):
    """Pairs of apps that import each other, directly or through others, after the layers'
    ignore rules (registration imports and the known violations) are taken out."""
    graph = copy.deepcopy(graph)
    helpers.pop_import_expressions(graph, contract("layers").ignore_imports)
    apps = CONFIG["session_options"]["root_packages"]
    for app in apps:
        graph.squash_module(app)
    return sorted(
        (app, other)
        for app in apps
        for other in graph.find_modules_directly_imported_by(app)
        if app < other and graph.chain_exists(importer=other, imported=app)
    )


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_cycles_between_apps(graph):
    assert app_cycles(graph) == []


def test_a_cycle_between_apps_is_found(graph):
    add_import(graph, "legal.models", "stories.models")
    add_import(graph, "stories.models", "legal.models")
    assert ("legal", "stories") in app_cycles(graph)


@pytest.mark.parametrize(
    ("contract_id", "importer", "imported"),
    [
        ("ground", "portal.caching", "offers.models"),
        ("layers", "portal.caching", "home.models"),
        ("layers", "home.models", "organisations.models"),
        ("layers", "search.indexing", "offers.models"),
        ("layers", "offers.models", "events.models"),
        ("layers", "legal.models", "stories.models"),
        ("registries", "offers.models", "search.indexing"),
        ("registries", "home.models", "guidelines.services.engine"),
        ("registry-leaves", "search.registry", "offers.models"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(graph, contract_id, importer, imported):
    assert kept(contract_id, graph)
    add_import(graph, importer, imported)
    assert not kept(contract_id, graph)


@pytest.mark.parametrize("contract_id", ["layers", "registries"])
def test_a_feature_may_import_a_service_registry(graph, contract_id):
    add_import(graph, "offers.models", "search.registry")
    add_import(graph, "home.models", "dashboard.registry")
    assert kept(contract_id, graph)
