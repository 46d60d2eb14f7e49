"""What the search indexes: one registration per content type.

Adding a content type is one call in the app's ``registrations.py`` (discovered at start-up)::

    from search import registry

    class StoryAdapter(registry.PageAdapter):
        type = "story"
        label = _("Story")
        def facets(self, obj, language):
            return {"category": [(c.slug, c.name) for c in obj.categories.all()]}

    registry.register(StoryPage, StoryAdapter())

An adapter answers, per object and language:

- ``title(obj, language)`` and ``body(obj, language)``: the text in exactly that language
  (empty when untranslated; the indexer falls back to German and marks the document),
- ``is_translated(obj, language)``: whether the object has its own text in that language,
- ``town(obj)``: ``(slug, name)`` or None (county-wide),
- ``facets(obj, language)``: ``{facet name: [(value, label), ...]}`` with the names of
  ``FACETS`` (category, language, target_group, free); type and town are added by the indexer,
- ``date(obj)``: a date (events) or None,
- ``url(obj, language)``: the public address in that language,
- ``public_queryset()``: the objects that may be found (live and without view restriction),
- ``depends_on``: ``{model: callable(instance) -> objects to reindex}`` for renamed vocabularies.

``PageAdapter`` implements all of this for Wagtail pages with modeltranslation fields
(title, intro, body); subclasses usually only give ``type``, ``label`` and ``facets``.

A page type that is not found by the search (a finder, an index, the home page) says so in the
same module: ``registry.not_indexed(FinderPage, ...)``. The system check ``kreisnetz.E001``
(:mod:`search.checks`) fails at start-up for a page type that does neither.
"""

import contextlib
import contextvars
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal.i18n import localized_field
from portal.page_urls import PageUrls

from .text import stream_text

FACETS = {
    "type": _("Type"),
    "town": _("Town"),
    "category": _("Category"),
    "language": _("Language of the offer"),
    "target_group": _("Target group"),
    "free": _("Cost"),
}

_adapters: dict[type, "Adapter"] = {}
_not_indexed: set[type] = set()


_page_urls: contextvars.ContextVar[PageUrls | None] = contextvars.ContextVar("search_page_urls", default=None)


@contextlib.contextmanager
def page_urls():
    """Inside, ``PageAdapter.url`` builds addresses from ``url_path`` (portal.page_urls): for the
    rebuild, where the site roots do not change and per-page lookups would dominate."""
    token = _page_urls.set(PageUrls())
    try:
        yield
    finally:
        _page_urls.reset(token)


def register(model, adapter):
    adapter.model = model
    _adapters[model] = adapter
    return adapter


def not_indexed(*models):
    """Page types that are deliberately not in the search (their content is a listing)."""
    _not_indexed.update(models)


def is_not_indexed(model):
    return model in _not_indexed


def adapters():
    return dict(_adapters)


def adapter_for(model):
    for klass in getattr(model, "__mro__", (model,)):
        if klass in _adapters:
            return _adapters[klass]
    return None


def adapter_by_type(type_key):
    return next((adapter for adapter in _adapters.values() if adapter.type == type_key), None)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def free_facet(is_free, language):
    """The values of the ``free`` facet for an object that is (or is not) free of charge, labelled
    in ``language`` (the indexer runs in the source language: without the override every
    language's label read "kostenlos")."""
    if not is_free:
        return []
    with translation.override(language):
        return [("yes", str(_("free of charge")))]


def localized(obj, field, language):
    """The raw value of a modeltranslation field in ``language`` (no fallback)."""
    return getattr(obj, localized_field(field, language), None)


class Adapter:
    type = ""
    label = ""
    model: Any = None  # set by register()
    depends_on: dict[Any, Any] = {}  # model -> callable(instance) -> objects to reindex

    def public_queryset(self):
        return self.model.objects.all()

    def is_public(self, obj):
        return self.public_queryset().filter(pk=obj.pk).exists()

    def title(self, obj, language):
        return ""

    def body(self, obj, language):
        return ""

    def is_translated(self, obj, language):
        return bool(self.title(obj, language))

    def town(self, obj):
        town = getattr(obj, "town", None)
        return (town.slug, town.title) if town else None

    def facets(self, obj, language):
        return {}

    def date(self, obj):
        return None

    def url(self, obj, language):
        return ""


class PageAdapter(Adapter):
    """Wagtail pages translated with modeltranslation (title, intro and body per language)."""

    def public_queryset(self):
        return self.model.objects.live().public()

    def title(self, obj, language):
        return localized(obj, "title", language) or ""

    def body(self, obj, language):
        intro = localized(obj, "intro", language) or ""
        return " ".join(part for part in (intro, stream_text(localized(obj, "body", language))) if part)

    def url(self, obj, language):
        urls = _page_urls.get()
        with translation.override(language):
            return (urls.relative(obj.url_path) if urls else obj.get_url()) or ""

    def town(self, obj):
        town = getattr(obj, "town", None) if hasattr(obj, "town_id") else obj.town_scope()
        return (town.slug, town.title_de or town.title) if town else None
