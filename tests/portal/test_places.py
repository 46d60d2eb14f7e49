"""The place page types are found from the model classes, not from a hand-written list."""

from django.conf import settings

from home.models import CountyHomePage, TownPage
from offers.models import ContactPointPage, OfferPage
from portal.places import place_models
from portal.towns import LISTING_PARENTS, county_page_model, town_page_model


def test_place_models_are_the_pages_with_address_and_review():
    assert place_models() == [OfferPage, ContactPointPage]


def test_town_and_county_page_models_come_from_settings():
    assert town_page_model() is TownPage
    assert county_page_model() is CountyHomePage
    assert LISTING_PARENTS == [settings.KREISNETZ_COUNTY_PAGE_MODEL, settings.KREISNETZ_TOWN_PAGE_MODEL]
