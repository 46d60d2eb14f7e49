"""One URL per public page type of the demo county, in every language.

Built from what is live (one page of each specific page class, the first in tree order) plus the
public views that are not pages (search, statistics, newsletter, the calendar's month view, a
filtered finder). Tests that must hold "for every public page type in every language" (width on
a phone, validator, fallback marking, rendering) take their URLs from here, with the module's
``demo_site`` fixture (tests/conftest.py) holding the data.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from organisations.models import Organisation

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# Page classes with no public page of their own (redirects, containers); skipped here.
NOT_PUBLIC = {"wagtailcore.page"}


def _page_types():
    """{name: page}: the first live page of each specific class below the county; for classes
    that exist both in a town and county-wide (finders, calendars), also the county's ("county:")."""
    seen = {}
    for page in Page.objects.live().public().filter(depth__gte=2).order_by("path").specific():
        label = page._meta.label_lower
        if label in NOT_PUBLIC:
            continue
        if label not in seen:
            seen[label] = page
        elif page.depth == 3 and seen[label].depth > 3 and f"county:{label}" not in seen:
            seen[f"county:{label}"] = page
    return seen


def public_paths(language="de"):
    """{name: path} for every public page type and view, in ``language``."""
    with translation.override(language):
        paths = {label: page.get_url() for label, page in _page_types().items()}
        paths.update(
            {
                "search": reverse("search") + "?q=Deutschkurs",
                "statistics": reverse("statistics"),
                "newsletter": reverse("newsletter_subscribe"),
            }
        )
        directory = paths.get("organisations.organisationindexpage")
        organisation = Organisation.objects.filter(live=True).order_by("name").first()
        if directory and organisation:
            paths["organisation_profile"] = f"{directory}{organisation.slug}/"
        calendar = paths.get("events.eventindexpage")
        if calendar:
            paths["calendar_month"] = calendar + "?view=month"
        finder = paths.get("offers.offerindexpage")
        if finder:
            paths["offer_finder_filtered"] = finder + "?category=sprache&free=on"
    return {name: path for name, path in paths.items() if path}


def all_language_paths():
    """[(language, name, path)] for every language and public page type."""
    return [
        (language, name, path) for language in LANGUAGE_CODES for name, path in public_paths(language).items()
    ]
