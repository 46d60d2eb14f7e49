"""The coordinator's journey from the admin home, without typing a URL (issue 21), in the German
and the English admin: find the round's applications in the menu, open one, go on to the pairing,
pair two groups, then send a round-table session's invitations from its row in the sessions list."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from networking.models import TwinningPair
from tests.networking import world as networking_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _labels(language):
    with translation.override(language):
        return {
            key: gettext(text)
            for key, text in {
                "group": "Round tables and twinning",
                "applications": "Twinning applications",
                "actions": "Actions",
                "pairing": "Pairing and progress",
                "pair": "Pair",
                "sessions": "Sessions",
                "invite": "Send invitations",
            }.items()
        }


@pytest.mark.parametrize("language", ["de", "en"])
def test_coordinator_pairs_and_invites_from_the_admin_home(
    browser, server, county, town_a, town_b, users, language
):
    net = networking_world.build(county, town_a, town_b, users)
    coordinator = users["editor_a"]
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = language
    profile.save()
    labels = _labels(language)
    page = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900}).new_page()
    page.goto(server.url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", coordinator.username)
    page.fill("input[name=password]", "kreisnetz-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    assert page.locator("html").get_attribute("lang") == language

    def menu(item):
        page.get_by_role("button", name=labels["group"], exact=True).click()
        page.get_by_role("link", name=labels[item], exact=True).click()

    menu("applications")
    page.get_by_role("link", name="Chor Altdorf", exact=True).click()
    page.get_by_role("button", name=labels["actions"], exact=True).click()
    page.get_by_role("link", name=labels["pairing"]).click()
    page.get_by_role("button", name=labels["pair"], exact=True).first.click()
    page.wait_for_load_state()
    assert TwinningPair.objects.filter(round=net["twinning_round"]).count() == 1

    menu("sessions")
    session = net["session_a"]
    with translation.override(language):  # the row names the session with a date in that language
        name = str(session)
    page.get_by_role("button", name=re.compile(re.escape(name))).click()
    page.get_by_role("link", name=labels["invite"], exact=True).click()
    page.get_by_role("button", name=labels["invite"], exact=True).click()
    page.wait_for_url(re.compile(rf"/admin/networking_sessions/edit/{session.pk}/$"))
    assert sorted(message.to[0] for message in mail.outbox) == ["eins-a@example.org", "zwei-a@example.org"]
