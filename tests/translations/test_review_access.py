"""The access matrix for a translation reviewer (Arabic): the page on their review task is the
only one they may edit (its Arabic fields); every other page action is refused, on it and elsewhere.
The same actions as tests/tenancy/test_access_matrix.py (tests/tenancy/admin_actions.py)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from home.factories import ContentPageFactory
from portal import tenancy
from portal.factories import UserFactory
from tests.access_matrix import PAGE_ACTIONS
from tests.tenancy.admin_actions import NEW_TITLE, perform
from translations.review import services

ALLOWED = {("edit", "page_on_review")}
CASES = [(action, target) for target in ("page_on_review", "page_b") for action in PAGE_ACTIONS]
CASES.append(("edit", "page_other"))


@pytest.fixture
def world(town_a, town_b, users):
    tenancy.set_publishing_mode(town_a, approval_required=True)
    services.switch_on("ar", "Übersetzung Arabisch", [town_a.workflow])
    world = {}
    for key, town in (("page_on_review", town_a), ("page_other", town_a), ("page_b", town_b)):
        page = ContentPageFactory(parent=town.page, title=f"Seite {key}", intro="Ein Kurs.")
        page.title_ar = "صفحة"  # something to review
        page.save_revision().publish()
        world[key] = Page.objects.get(pk=page.pk).specific
        sibling = ContentPageFactory(parent=town.page, title=f"Nachbar {key}")
        world[f"{key}_sibling"] = sibling
    town_a.workflow.start(world["page_on_review"], users["editor_a"])
    return world


@pytest.fixture
def reviewer(world):
    return UserFactory(username="reviewer-ar", groups=[Group.objects.get(name="Übersetzung Arabisch")])


@pytest.mark.parametrize(("action", "target"), CASES, ids=[f"{a}-{t}" for a, t in CASES])
def test_reviewer_access(action, target, world, reviewer, client):
    client.force_login(reviewer)
    done = perform(client, world, action, target)
    assert done is ((action, target) in ALLOWED), (
        f"reviewer {'could not' if not done else 'could'} {action} {target}"
    )
    page = Page.objects.get(pk=world[target].pk).specific
    assert page.get_latest_revision_as_object().title_de != NEW_TITLE  # German stays untouched
