"""Chromium (Debian's) driven by Playwright, with axe-core from npm.

Mandatory in CI: a missing browser or axe-core fails the run instead of skipping.

Read-only tests (they only look at pages; a form sent with errors saves nothing) share a module's
``world``: the county, towns A and B and one user per role, built and committed once per module;
the module's ``site`` fixture (module-scoped too) adds what its pages show. They carry no
``django_db`` mark: the world keeps database access open for the module, and one flush at its end
restores the empty database. Tests that write (register, subscribe, unsubscribe) keep the
``django_db(transaction=True)`` mark and build their own data per test, flushed after each.
pytest-django runs the transactional tests first, so a module's read-only tests run one after
another with no flush between them.
"""

import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from pytest_django.live_server_helper import LiveServer

from portal import tenancy
from tests.conftest import COUNTY_NAME, IN_CI, TOWN_NAMES, ensure_wagtail_root, make_users

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run beside
# one unless told that this (test-only) use is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-results" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _unavailable(reason):
    if IN_CI:
        pytest.fail(f"browser tests are mandatory in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        _unavailable("Debian's chromium is not installed (make test installs it)")
    if not AXE.exists():
        _unavailable("axe-core is not installed (make test runs npm ci)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(request, django_db_setup):
    """Django's live server (pytest-django's), shared by all browser tests.

    Not the ``live_server`` fixture: asking for that makes every test transactional (a flush after
    each). With SQLite in memory the server's request threads share the test's connection.
    """
    address = request.config.getvalue("liveserver") or os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS")
    server = LiveServer(address or "localhost")
    yield server
    server.stop()


def _join_live_requests():
    deadline = time.monotonic() + 30
    for thread in threading.enumerate():
        # socketserver names each request thread after its target (Python >= 3.10).
        if "process_request_thread" in thread.name:
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture(autouse=True)
def _live_requests_finished(request):
    """Before the database is flushed, close every browser context and wait for the live server.

    A page left open keeps sending requests (Wagtail's editing-session ping, the live guideline
    check); one still running while the flush truncates the tables deadlocks on PostgreSQL, and
    the next test then finds the last test's data.
    """
    yield
    if "browser" in request.fixturenames:
        for context in request.getfixturevalue("browser").contexts:
            context.close()
    _join_live_requests()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and Wagtail's cached site root paths start empty in each test."""
    cache.clear()


@dataclass
class World:
    county: object
    town_a: tenancy.Town
    town_b: tenancy.Town
    users: dict


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The county with towns A and B and one user per role, committed once for a module.

    Database access stays open until the module ends (the live server needs it while the tests
    run); then the tables are flushed, as after a transactional test, and Wagtail's root page and
    locale are restored for the tests that follow.
    """
    with django_db_blocker.unblock():
        try:
            translation.activate("de")
            ensure_wagtail_root()
            county = tenancy.setup_county(COUNTY_NAME)
            town_a, town_b = (tenancy.create_town(name) for name in TOWN_NAMES.values())
            yield World(county, town_a, town_b, make_users(town_a, town_b))
        finally:
            _join_live_requests()
            call_command("flush", verbosity=0, interactive=False, reset_sequences=False, allow_cascade=False)
            ensure_wagtail_root()
            translation.activate("de")


@pytest.fixture
def open_page(browser, server):
    """Opens a page in a new context; _live_requests_finished closes the contexts afterwards.

    With ``page``, that page (its context, cookies and viewport) goes to ``path`` instead.
    """

    def open_(path, viewport="desktop", page=None):
        if page is None:
            page = browser.new_context(viewport=VIEWPORTS[viewport], locale="de-DE").new_page()
        response = page.goto(server.url + path)
        assert response.status == 200, f"{path}: HTTP {response.status}"
        return page

    return open_


def axe_violations(page):
    # Evaluated through the DevTools protocol, not as a <script> element: the page's
    # Content-Security-Policy (no inline scripts) stays in force for everything the page does.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
