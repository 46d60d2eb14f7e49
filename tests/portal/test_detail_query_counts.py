"""Every public detail page renders in fewer than 12 queries, and as many with 10 or 200 siblings.

Counted on a second request (the first fills Wagtail's site root paths and what is cached per
page-tree version, as earlier visitors would). One page of each type is built once per module;
its parent gets plain sibling pages in bulk (tests/bulk_pages.py): 9 more at build, 190 more in
the test (rolled back afterwards).
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import TownPage
from legal.pages import ensure_pages
from networking.models import RoundTablePage
from offers import taxonomy_defaults
from organisations.factories import OrganisationFactory
from organisations.models import OrganisationIndexPage
from portal.clock import BERLIN
from stories.models import StoryIndexPage, StoryPage
from tests.bulk_pages import add_siblings
from tests.conftest import base_county
from tests.offers.factories import (
    ContactPointIndexPageFactory,
    ContactPointPageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
)

pytestmark = pytest.mark.engine

MAX_QUERIES = 12  # fewer than this


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _build(county, town):
    taxonomy_defaults.load()
    place = {
        "hours": [(1, "09:00", "12:00"), (3, "14:00", "16:00")],
        "closures": [("2025-12-24", "2025-12-31")],
    }
    offer = OfferPageFactory(
        parent=OfferIndexPageFactory(parent=town.page),
        categories=["deutschkurs", "sprachcafe"],
        target_groups=["erwachsene"],
        languages=["ar", "de"],
        **place,
    )
    contact_point = ContactPointPageFactory(
        parent=ContactPointIndexPageFactory(parent=town.page),
        languages=["uk", "de"],
        topics=["aufenthalt", "arbeit"],
        **place,
    )
    start = datetime.datetime.now(tz=BERLIN).replace(microsecond=0) + datetime.timedelta(days=7)
    calendar = _publish(town.page, EventIndexPage(title="Termine", slug="termine"))
    event = _publish(
        calendar,
        EventPage(
            title="Sprachcafé", slug="sprachcafe", start=start, end=start + datetime.timedelta(hours=2)
        ),
    )
    stories = _publish(town.page, StoryIndexPage(title="Geschichten", slug="geschichten"))
    story = StoryPage(
        title="Ein Fest", slug="ein-fest", intro="So war es.", story_date=datetime.date(2025, 5, 1)
    )
    stories.add_child(instance=story)
    story.tags.add("Fest", "Sprache")
    story.offers.add(offer)
    story.save_revision().publish()
    round_table = _publish(
        county, RoundTablePage(title="Runder Tisch", slug="runder-tisch", topic="Integration")
    )
    directory = _publish(county, OrganisationIndexPage(title="Organisationen", slug="organisationen"))
    organisation = OrganisationFactory(name="Kulturverein Altdorf")
    legal = ensure_pages(county).imprint
    pages = {
        "county_home": county,
        "town": town.page,
        "offer": offer,
        "contact_point": contact_point,
        "event": event,
        "story": story,
        "round_table": round_table,
        "legal": legal,
    }
    targets = {name: (page.url, page.get_parent().pk) for name, page in pages.items()}
    targets["organisation_profile"] = (f"{directory.url}{organisation.slug}/", county.pk)
    return targets


@pytest.fixture(scope="module")
def _targets(_county_base, django_db_blocker):
    """{page type: (URL, pk of the parent that gets the siblings)}."""
    with django_db_blocker.unblock():
        county, town_a, _town_b = base_county(_county_base)
        targets = _build(county, town_a)
        for parent in {parent for _url, parent in targets.values()}:
            add_siblings(Page.objects.get(pk=parent), 9)
        return targets


@pytest.fixture
def targets(_targets, db):
    return _targets


def _count(client, url):
    assert client.get(url).status_code == 200  # fills the caches, as earlier visitors would
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "name",
    [
        "county_home",
        "town",
        "offer",
        "contact_point",
        "event",
        "story",
        "round_table",
        "legal",
        "organisation_profile",
    ],
)
def test_detail_page_queries_are_few_and_do_not_grow_with_siblings(client, targets, name):
    url, parent = targets[name]
    with_10 = _count(client, url)
    add_siblings(Page.objects.get(pk=parent), 190)
    with_200 = _count(client, url)

    assert with_10 == with_200
    assert with_200 < MAX_QUERIES


def test_town_page_stays_a_town_page(targets):
    """The siblings of the town are plain pages: the county's towns are still only its towns."""
    assert TownPage.objects.count() == 2
