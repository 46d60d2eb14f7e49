"""Keep the index in step with the content (synchronously, inside the changing request).

Pages: published, unpublished, deleted, moved, view restriction added or removed.
Snippets with drafts (organisations): published, unpublished, deleted.
Vocabularies (``depends_on`` of the adapters) and town pages: renamed → documents that show
them are rebuilt.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from portal.towns import town_page_model

from . import indexing, registry


def _specific(instance):
    return getattr(instance, "specific", instance)


def _reindex_subtree(page):
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        if registry.adapter_for(type(descendant)):
            indexing.reindex(descendant)


def on_page_change(sender, instance, **kwargs):
    page = _specific(instance)
    if registry.adapter_for(type(page)):
        indexing.reindex(page)
    if isinstance(page, town_page_model()):  # renamed town: documents show its name
        _reindex_town(page)


def _reindex_town(town):
    for model, adapter in registry.adapters().items():
        if any(field.name == "town" for field in model._meta.get_fields()):
            indexing.reindex_many(adapter.public_queryset().filter(town=town))


def on_move(sender, instance, **kwargs):
    _reindex_subtree(instance)


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pages = [model._meta.label_lower for model in registry.adapters() if issubclass(model, Page)]
        indexing.remove(None, [instance.pk], labels=pages)
    elif registry.adapter_for(sender):
        indexing.remove(instance._meta.label_lower, [instance.pk])


def on_snippet_change(sender, instance, **kwargs):
    if registry.adapter_for(type(instance)) and not isinstance(instance, Page):
        indexing.reindex(instance)


def on_restriction_change(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:
        return
    _reindex_subtree(page)


def on_dependency_change(sender, instance, **kwargs):
    for adapter in registry.adapters().values():
        find = adapter.depends_on.get(sender)
        if find:
            indexing.reindex_many(find(instance).distinct())


def connect():
    page_published.connect(on_page_change, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_change, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_move, dispatch_uid="search_page_moved")
    post_delete.connect(on_delete, dispatch_uid="search_deleted")
    published.connect(on_snippet_change, dispatch_uid="search_published")
    unpublished.connect(on_snippet_change, dispatch_uid="search_unpublished")
    post_save.connect(on_restriction_change, sender=PageViewRestriction, dispatch_uid="search_restricted")
    post_delete.connect(on_restriction_change, sender=PageViewRestriction, dispatch_uid="search_unrestricted")
    models = {model for adapter in registry.adapters().values() for model in adapter.depends_on}
    for model in models:
        post_save.connect(on_dependency_change, sender=model, dispatch_uid=f"search_dep_{model._meta.label}")
    from .synonyms import connect as connect_synonyms

    connect_synonyms()
