"""An MSO member updates an action item of their organisation from the admin home, without typing
a URL (issue 21), in the German and the English admin."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from networking.models import ActionItem, ActionStatus
from tests.networking import world as networking_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_member_updates_an_action_item_from_the_admin_home(
    browser, server, county, town_a, town_b, users, language
):
    net = networking_world.build(county, town_a, town_b, users)
    member = users["mso_member"]
    profile = UserProfile.get_for_user(member)
    profile.preferred_language = language
    profile.save()
    with translation.override(language):
        my_actions, save = gettext("My action items"), gettext("Save")
        in_progress = gettext("in progress")
    page = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900}).new_page()
    page.goto(server.url + reverse("wagtailadmin_login"))
    page.fill("input[name=username]", member.username)
    page.fill("input[name=password]", "kreisnetz-demo")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.get_by_role("link", name=my_actions, exact=True).click()
    action = net["action_a"]
    page.select_option(f"#id_status_{action.pk}", label=in_progress)
    page.locator(f"form:has(#id_status_{action.pk})").get_by_role("button", name=save).click()
    page.wait_for_load_state()
    assert ActionItem.objects.get(pk=action.pk).status == ActionStatus.IN_PROGRESS
    assert ActionItem.objects.get(pk=net["action_other_a"].pk).status == ActionStatus.OPEN
