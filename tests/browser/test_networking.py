"""axe-core in Chromium: the public round-table and twinning pages in German and Arabic,
desktop (1280 px) and phone (375 px), 0 violations."""

import pytest

from networking.services import twinning
from tests.networking import world as networking_world

from .conftest import VIEWPORTS, axe_violations, screenshot

pytestmark = [pytest.mark.browser]  # read-only: the module's world (see conftest)

PAGES = {
    "round_table_county": "/runder-tisch-county/",
    "round_table_town": "/altdorf/runder-tisch-a/",
    "twinning_round": "/tandems-2027/",
    "twinning_apply": "/tandems-2027/bewerben/",
    "member_login": "/anmelden/",
}
LANGUAGES = {"de": "", "ar": "/ar"}


@pytest.fixture(scope="module")
def site(world):
    users = world.users
    objects = networking_world.build(world.county, world.town_a, world.town_b, users)
    session = objects["session_county"]
    session.minutes_visibility = "public"
    session.decisions = "<p>Ein Flyer in fünf Sprachen.</p>"
    session.save()
    pair = twinning.create_pair(
        users["editor_a"], objects["twinning_round"], objects["application_1"], objects["application_2"]
    )
    pair.project_title = "Liederabend"
    pair.project_description = "Gemeinsam singen."
    pair.save()
    return objects


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("name", list(PAGES))
def test_no_axe_violations(site, open_page, name, language, viewport):
    page = open_page(LANGUAGES[language] + PAGES[name], viewport)
    screenshot(page, f"networking-{name}-{language}-{viewport}")
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []
