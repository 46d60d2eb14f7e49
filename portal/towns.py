"""The county home and town page models, named in settings like ``AUTH_USER_MODEL``.

``KREISNETZ_COUNTY_PAGE_MODEL`` and ``KREISNETZ_TOWN_PAGE_MODEL`` ("app_label.ModelName") let
portal code find these page types without importing the app that defines them.
"""

from django.apps import apps
from django.conf import settings

# Listing pages (finders, calendars, round tables, ...) sit under the county home or a town.
LISTING_PARENTS = [settings.KREISNETZ_COUNTY_PAGE_MODEL, settings.KREISNETZ_TOWN_PAGE_MODEL]


def county_page_model():
    return apps.get_model(settings.KREISNETZ_COUNTY_PAGE_MODEL)


def county_page():
    """The county home page (None before the county is set up); cached until it is saved."""
    from .caching import cached

    model = county_page_model()
    return cached("county-page", lambda: model.objects.first(), [model])


def town_page_model():
    return apps.get_model(settings.KREISNETZ_TOWN_PAGE_MODEL)
