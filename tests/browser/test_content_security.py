"""The Content-Security-Policy in Chromium: public pages and the Wagtail admin run without violations.

Each test visits several pages in one browser context and collects every violation the browser
reports (the ``securitypolicyviolation`` event and the console's "Content Security Policy" errors).
"""

import io

import pytest
from django.urls import reverse
from PIL import Image
from wagtail.models import Page

from organisations.factories import OrganisationFactory

from .test_accessibility import site  # noqa: F401 - the demo-like county of the accessibility tests

# Both tests share the module's world (see conftest). The admin test writes only what the public
# one does not look at (its login session, an organisation, an uploaded image, editing-session
# pings) and saves no page.
pytestmark = [pytest.mark.browser]

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  const what = event.blockedURI || "inline";
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${what} in ${where}`);
});
"""
PUBLIC_PAGES = [
    "/",
    "/angebote/integrationskurs-vhs/",
    "/karte/",
    "/termine/",
    "/termine/?view=month",
    "/termine/sprachcafe-mittwochs/",
    "/suche/?q=Sprachkurse",
    "/ar/",
]


class ViolationLog:
    """Opens pages in one context and keeps what the browser reported for each of them."""

    def __init__(self, browser, base_url):
        self.base_url = base_url
        self.context = browser.new_context(locale="de-DE")
        self.context.add_init_script(COLLECT_VIOLATIONS)
        self.page = self.context.new_page()
        self.found = []
        self.page.on("console", self._console)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.found.append(f"{self.page.url}: {message.text}")

    def visit(self, path, ready=None):
        response = self.page.goto(self.base_url + path)
        assert response.status == 200, f"{path}: HTTP {response.status}"
        assert "content-security-policy" in response.headers, path
        self.page.wait_for_load_state("networkidle")
        if ready:
            self.page.locator(ready).first.wait_for(state="attached", timeout=10000)
        self.collect()

    def collect(self):
        for violation in self.page.evaluate("window.__cspViolations.splice(0)"):
            self.found.append(f"{self.page.url}: {violation}")

    def log_in(self, username):
        self.page.goto(self.base_url + reverse("wagtailadmin_login"))
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", "kreisnetz-demo")
        self.page.click("button[type=submit]")
        self.page.wait_for_url(self.base_url + reverse("wagtailadmin_home"))
        self.collect()


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 80, 20)).save(buffer, format="PNG")
    return {"name": "probe.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def test_public_pages_run_under_the_policy(site, browser, server):  # noqa: F811
    log = ViolationLog(browser, server.url)
    for path in PUBLIC_PAGES:
        log.visit(path)
    log.visit("/karte/", ready=".leaflet-container")
    assert not log.found, "\n".join(log.found)


def test_admin_works_under_its_policy(site, world, browser, server):  # noqa: F811
    organisation = OrganisationFactory(name="Sprachpaten Altdorf")
    content = Page.objects.get(url_path__endswith="/altdorf/ankommen/")
    contact_point = Page.objects.get(url_path__endswith="/anlaufstellen/auslaenderbehoerde/")
    log = ViolationLog(browser, server.url)
    log.log_in(world.users["admin"].username)
    log.visit(reverse("wagtailadmin_home"))
    log.visit(reverse("wagtailadmin_explore", args=[world.town_a.page.pk]))
    log.visit(reverse("wagtailadmin_pages:edit", args=[content.pk]), ready=".Draftail-Editor")
    log.page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    log.page.keyboard.type(" Neu im Landkreis.")
    log.collect()
    log.visit(reverse("wagtailadmin_pages:edit", args=[contact_point.pk]))
    log.page.click("#id_opening_hours-ADD")
    log.collect()
    log.visit(reverse("wagtailimages:add_multiple"))
    log.page.set_input_files("#fileupload", _png())
    log.page.locator("#upload-list li.upload-success").first.wait_for(timeout=15000)
    log.collect()
    log.visit(reverse("wagtailsnippets_organisations_organisation:edit", args=[organisation.pk]))
    log.visit("/altdorf/ankommen/", ready="wagtail-userbar")
    assert not log.found, "\n".join(log.found)
