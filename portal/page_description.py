"""The meta description of a page: what it says about itself, in the reader's language.

The first summary the page has in the reader's language (the editor's search description, the
introduction, another summary field); without any, the first in German, as the page shows it;
for views that are no page (search, statistics) the county home's.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator

from .i18n import translated
from .towns import county_page

SUMMARY_FIELDS = ("search_description", "intro", "summary", "purpose", "topic", "description")
MAX_CHARS = 200


def _clip(value):
    text = " ".join(strip_tags(str(value)).split())
    return Truncator(text).chars(MAX_CHARS)


def description_of(instance):
    """The description of a page (or an organisation), "" if it has no summary in any language."""
    fallback = None
    for name in SUMMARY_FIELDS:
        if not hasattr(instance, name):
            continue
        value = translated(instance, name)
        if not value or not isinstance(value.value, str):
            continue
        if not value.is_fallback:
            return _clip(value)
        fallback = fallback or value
    return _clip(fallback) if fallback else ""


def site_description():
    county = county_page()
    return description_of(county) if county else ""
