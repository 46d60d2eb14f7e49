"""Fixtures of the offers tests: vocabularies and the finder pages of the county and two towns."""

from types import SimpleNamespace

import pytest

from offers import taxonomy_defaults
from tests.conftest import base_county

from .factories import ContactPointIndexPageFactory, OfferIndexPageFactory


@pytest.fixture
def taxonomy(db):
    """Default categories, target groups and topics (languages come from a data migration)."""
    taxonomy_defaults.load()


def _finders(factory, county, town_a, town_b):
    return SimpleNamespace(
        county=factory(parent=county), a=factory(parent=town_a.page), b=factory(parent=town_b.page)
    )


@pytest.fixture
def offer_finders(county, town_a, town_b, taxonomy):
    """Offer finders at /angebote/, /altdorf/angebote/ and /neudorf/angebote/."""
    return _finders(OfferIndexPageFactory, county, town_a, town_b)


@pytest.fixture
def contact_finders(county, town_a, town_b, taxonomy):
    """Contact point finders at /anlaufstellen/, /altdorf/anlaufstellen/, /neudorf/anlaufstellen/."""
    return _finders(ContactPointIndexPageFactory, county, town_a, town_b)


@pytest.fixture(scope="module")
def module_finders(_county_base, django_db_blocker):
    """Taxonomy and both kinds of finder, built once per module in ``_county_base``'s transaction.

    For module-scoped worlds; a test that adds a child to a finder reads the finder afresh
    (the instances here keep the child count of the moment they were built)."""
    with django_db_blocker.unblock():
        county, town_a, town_b = base_county(_county_base)
        taxonomy_defaults.load()
        return SimpleNamespace(
            offers=_finders(OfferIndexPageFactory, county, town_a, town_b),
            contact_points=_finders(ContactPointIndexPageFactory, county, town_a, town_b),
        )
