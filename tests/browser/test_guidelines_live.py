"""The live check in the page editor: typing 'Flüchtlingswelle' shows the finding beside the form."""

import pytest
from django.urls import reverse

from guidelines.defaults import RULES
from guidelines.models import Rule
from offers.models import OfferIndexPage, OfferPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def offer(town_a, users):
    for data in RULES:  # transactional tests flush what the data migration loaded
        Rule.objects.get_or_create(code=data["code"], defaults=data)
    finder = OfferIndexPage(title="Angebote", slug="angebote")
    town_a.page.add_child(instance=finder)
    page = OfferPage(title="Sprachcafé", slug="sprachcafe", intro="Wir treffen uns dienstags.")
    finder.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_finding_appears_while_typing(browser, server, offer, users):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    page.goto(server.url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", users["editor_a"].username)
    page.fill("input[name=password]", "kreisnetz-demo")
    page.click("button[type=submit]")
    page.goto(server.url + reverse("wagtailadmin_pages:edit", args=[offer.pk]))
    page.fill("textarea[name=intro_de]", "Nach der Flüchtlingswelle gründeten wir das Café.")
    finding = page.locator(".guidelines-live__finding--error").first
    finding.wait_for(timeout=10000)
    text = finding.inner_text()
    assert "Flüchtlingswelle" in text and "intro" in text and "Zuzug von Geflüchteten" in text
    assert page.locator(".guidelines-live [aria-live=polite]").count() == 1
    context.close()
