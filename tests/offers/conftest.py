"""Fixtures of the offers tests: vocabularies and the finder pages of the county and two towns."""

from types import SimpleNamespace

import pytest

from offers import taxonomy_defaults

from .factories import ContactPointIndexPageFactory, OfferIndexPageFactory


@pytest.fixture
def taxonomy(db):
    """Default categories, target groups and topics (languages come from a data migration)."""
    taxonomy_defaults.load()


@pytest.fixture
def offer_finders(county, town_a, town_b, taxonomy):
    """Offer finders at /angebote/, /altdorf/angebote/ and /neudorf/angebote/."""
    return SimpleNamespace(
        county=OfferIndexPageFactory(parent=county),
        a=OfferIndexPageFactory(parent=town_a.page),
        b=OfferIndexPageFactory(parent=town_b.page),
    )


@pytest.fixture
def contact_finders(county, town_a, town_b, taxonomy):
    """Contact point finders at /anlaufstellen/, /altdorf/anlaufstellen/, /neudorf/anlaufstellen/."""
    return SimpleNamespace(
        county=ContactPointIndexPageFactory(parent=county),
        a=ContactPointIndexPageFactory(parent=town_a.page),
        b=ContactPointIndexPageFactory(parent=town_b.page),
    )
