"""The Wagtail userbar (for logged-in editors and members) covers no form field on a phone: there
it sits at the end of the page; on a desktop it stays fixed in the corner as Wagtail places it."""

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse

from organisations.factories import OrganisationFactory
from organisations.models import Organisation

from .conftest import VIEWPORTS

pytestmark = [pytest.mark.browser]  # read-only: the module's world (see conftest)

USERBAR = """() => {
  const bar = document.querySelector('wagtail-userbar').shadowRoot.querySelector('.w-userbar');
  const box = (el) => { const r = el.getBoundingClientRect();
    return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right}; };
  const controls = [...document.querySelectorAll('main input, main select, main textarea, main button')]
    .filter((el) => el.type !== 'hidden' && el.getClientRects().length).map(box);
  return {position: getComputedStyle(bar).position, bar: box(bar), controls};
}"""


@pytest.fixture(scope="module")
def session(world):
    from events.models import EventIndexPage

    calendar = EventIndexPage(title="Termine", slug="termine")
    world.county.add_child(instance=calendar)
    calendar.save_revision().publish()
    member = world.users["mso_member"]
    OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO).members.add(member)
    client = Client()
    client.force_login(member)
    return client.cookies[django_settings.SESSION_COOKIE_NAME].value


def _overlaps(a, b):
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_userbar_covers_no_form_field(browser, server, session, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    context.add_cookies([{"name": django_settings.SESSION_COOKIE_NAME, "value": session, "url": server.url}])
    page = context.new_page()
    assert page.goto(server.url + reverse("event_submit")).status == 200
    page.wait_for_function(
        "document.querySelector('wagtail-userbar')?.shadowRoot?.querySelector('.w-userbar')"
    )
    found = page.evaluate(USERBAR)
    assert found["controls"], "the form has fields"
    if viewport == "phone":
        assert found["position"] != "fixed"
        assert not [control for control in found["controls"] if _overlaps(control, found["bar"])]
    else:
        assert found["position"] == "fixed"
