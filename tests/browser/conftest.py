"""Chromium (Debian's) driven by Playwright, with axe-core from npm.

Mandatory in CI: a missing browser or axe-core fails the run instead of skipping.
"""

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import IN_CI

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
    deadline = time.monotonic() + 30
    for thread in threading.enumerate():
        # socketserver names each request thread after its target (Python >= 3.10).
        if "process_request_thread" in thread.name:
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture
def open_page(browser, live_server):
    """Opens a page in a new context; _live_requests_finished closes the contexts afterwards."""

    def open_(path, viewport="desktop"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale="de-DE")
        page = context.new_page()
        response = page.goto(live_server.url + path)
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
