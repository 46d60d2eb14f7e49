"""The footer's links to the legal and accessibility pages, cached across requests."""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext_lazy as _

CACHE_KEY = "kreisnetz:legal-links"

LINKS = (
    ("imprint", _("Imprint")),
    ("privacy", _("Privacy")),
    ("accessibility", _("Accessibility statement")),
    ("easy_language", "Leichte Sprache"),  # its own name, in German, in every language
    ("sign_language", _("Sign language")),
)


def forget(**kwargs):
    cache.delete(CACHE_KEY)


def _build():
    """{key: {language: url}} of the pages the site setting names (live ones only)."""
    from wagtail.models import Page, Site

    from .models import LegalSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    chosen = LegalSettings.objects.filter(site=site).first()  # for_site() would INSERT on a GET
    if chosen is None:
        return {}
    ids = {key: getattr(chosen, f"{key}_id") for key, _label in LINKS if getattr(chosen, f"{key}_id")}
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=ids.values()).specific()}
    result = {}
    for key, page_id in ids.items():
        page = pages.get(page_id)
        if page is None:
            continue
        urls = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls[code] = page.get_url()
        result[key] = urls
    return result


def footer_links(language):
    """[(key, label, url, lang of the link text)] for the reader's language."""
    urls = cache.get(CACHE_KEY)
    if urls is None:
        urls = _build()
        cache.set(CACHE_KEY, urls, 3600)
    links = []
    for key, label in LINKS:
        if key not in urls:
            continue
        if key == "easy_language":
            # The Leichte Sprache start page is always linked in Leichte Sprache.
            links.append((key, label, urls[key].get(settings.LEICHTE_SPRACHE), settings.LEICHTE_SPRACHE))
        else:
            links.append((key, label, urls[key].get(language) or urls[key].get("de"), ""))
    return links
