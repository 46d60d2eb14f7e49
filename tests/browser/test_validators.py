"""External checkers on the demo county (``demo_site``): the Nu Html Checker and Lighthouse.

- Nu Html Checker (npm vnu-jar on Debian's Java): every public page type (tests/public_pages.py)
  in German and Arabic, 0 errors. The pages come through Django's test client and go to one
  checker run (the JVM takes seconds to start).
- Lighthouse (npm, pinned 12.2.3 for Debian's node 20) with Debian's chromium, mobile emulation
  (its default): accessibility, SEO and best practices 100 on the home page, the county's offer
  finder, an event and search, served by the session's live server. One Lighthouse process per
  page, one after another (the live server shares one SQLite connection).

One module, so that the demo county is seeded once for both. The markup does not depend on the
database engine: no ``engine`` marker, SQLite run only. Mandatory in CI, like the browser tests.
"""

import json
import os
import re
import shutil
import subprocess
from urllib.parse import unquote, urlparse

import pytest

from tests.public_pages import public_paths

from .conftest import ROOT, _unavailable

pytestmark = [pytest.mark.browser]  # read-only: the module's demo_site (tests/conftest.py)

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
VNU_LANGUAGES = ("de", "ar")


def _file_name(language, name):
    return f"{language}--{re.sub(r'[^a-z0-9_-]+', '_', name.lower())}.html"


@pytest.fixture(scope="module")
def checked(demo_site, tmp_path_factory):
    """{(language, page type): (path, [error messages])} for every public page type in VNU_LANGUAGES."""
    java = shutil.which("java")
    if not java:
        _unavailable("no Java runtime for the Nu Html Checker (make test installs default-jre-headless)")
    if not VNU.exists():
        _unavailable("vnu-jar is not installed (make test runs npm ci)")
    from django.test import Client

    client = Client()
    directory = tmp_path_factory.mktemp("vnu")
    pages = {}
    for language in VNU_LANGUAGES:
        for name, path in public_paths(language).items():
            response = client.get(path)
            assert response.status_code == 200, f"{language} {name} {path}: HTTP {response.status_code}"
            file = directory / _file_name(language, name)
            file.write_bytes(response.content)
            pages[file.name] = (language, name, path)
    command = [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", "--stdout"]
    result = subprocess.run(
        [*command, *sorted(directory.iterdir())],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found = {(language, name): (path, []) for language, name, path in pages.values()}
    for message in json.loads(result.stdout)["messages"]:
        if message["type"] != "error" and message.get("subType") != "fatal":
            continue  # "info" (warnings too) is advice, not an error
        file_name = unquote(urlparse(message.get("url", "")).path).rsplit("/", 1)[-1]
        language, name, _path = pages[file_name]
        line = message.get("lastLine", "?")
        extract = " ".join(message.get("extract", "").split())
        found[(language, name)][1].append(f"line {line}: {message['message']} [{extract}]")
    return found


def _report(checked, language):
    return "\n".join(
        f"{name} ({path}): {len(errors)} errors\n  " + "\n  ".join(errors)
        for (lang, name), (path, errors) in sorted(checked.items())
        if lang == language and errors
    )


def test_every_page_type_was_checked(checked):
    names = {name for _language, name in checked}
    assert {"home.countyhomepage", "offers.offerindexpage", "events.eventpage", "search"} <= names
    assert {language for language, _name in checked} == set(VNU_LANGUAGES)


@pytest.mark.parametrize("language", VNU_LANGUAGES)
def test_no_html_errors(checked, language):
    report = _report(checked, language)
    assert not report, f"Nu Html Checker errors ({language}):\n{report}"


# --- Lighthouse --------------------------------------------------------------------------------

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("accessibility", "seo", "best-practices")
PAGES = {
    "home": "home.countyhomepage",
    "offer_finder": "county:offers.offerindexpage",
    "event": "events.eventpage",
    "search": "search",
}


@pytest.fixture(scope="module")
def lighthouse(demo_site):
    node = shutil.which("node")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not node:
        _unavailable("node is not installed (Lighthouse runs on it)")
    if not chromium:
        _unavailable("Debian's chromium is not installed (make test installs it)")
    if not LIGHTHOUSE.exists():
        _unavailable("lighthouse is not installed (make test runs npm ci)")

    def run(url):
        result = subprocess.run(
            [
                node,
                str(LIGHTHOUSE),
                url,
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                "--quiet",
                "--disable-full-page-screenshot",  # nothing here looks at it; 1-2 s per page
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "CHROME_PATH": chromium},
        )
        assert result.returncode == 0, f"lighthouse {url}: exit {result.returncode}\n{result.stderr[-2000:]}"
        return json.loads(result.stdout)

    return run


def _failing_audits(report):
    lines = []
    for category in report["categories"].values():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] == 0 or audit["score"] is None or audit["score"] == 1:
                continue
            items = (audit.get("details") or {}).get("items") or []
            shown = "; ".join(_item(item) for item in items[:5])
            value = audit.get("displayValue", "")
            lines.append(f"{category['id']}: {audit['id']} — {audit['title']} {value} {shown}".rstrip())
    return lines


def _item(item):
    """What an audit's table row points at: the element, the message and the URL it names."""
    node = item.get("node") if isinstance(item.get("node"), dict) else {}
    location = item.get("sourceLocation") if isinstance(item.get("sourceLocation"), dict) else {}
    parts = [node.get("snippet"), item.get("description"), location.get("url") or item.get("url")]
    shown = " ".join(str(part) for part in parts if part)
    return shown or json.dumps(item, ensure_ascii=False)[:200]


@pytest.mark.parametrize("page", PAGES)
def test_lighthouse_scores_100(lighthouse, server, page):
    paths = public_paths("de")
    path = paths.get(PAGES[page]) or paths[PAGES[page].removeprefix("county:")]
    report = lighthouse(server.url + path)
    assert not report.get("runtimeError"), report["runtimeError"]
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    failing = "\n  ".join(_failing_audits(report))
    assert all(score == 1 for score in scores.values()), f"{path}: {scores}\n  {failing}"


# --- Map markers (Lighthouse's target-size audit, WCAG 2.5.8) ------------------------------------


def test_map_markers_do_not_cover_each_other(demo_site, open_page):
    """The county map's pins: near ones share one marker listing them, none hides another."""
    page = open_page(public_paths("de")["offers.mappage"], viewport="phone")
    page.wait_for_selector(".leaflet-marker-icon")
    boxes = page.eval_on_selector_all(
        ".leaflet-marker-icon",
        "icons => icons.map(icon => { const r = icon.getBoundingClientRect();"
        " return [icon.getAttribute('aria-label'), r.left, r.top, r.right, r.bottom]; })",
    )
    assert len(boxes) > 1
    for index, (label, left, top, right, bottom) in enumerate(boxes):
        assert label and right - left >= 24 and bottom - top >= 24
        for other, o_left, o_top, o_right, o_bottom in boxes[index + 1 :]:
            overlap = min(right, o_right) > max(left, o_left) and min(bottom, o_bottom) > max(top, o_top)
            assert not overlap, f"{label!r} and {other!r} overlap"
    page.click(".map__cluster")
    assert page.locator(".leaflet-popup .map__list a").count() > 1
