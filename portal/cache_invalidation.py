"""When content changes, bump the page cache's tags (portal.cache_tags): connected in PortalConfig.ready().

- A page published, unpublished, saved live (not a draft's bookkeeping) or deleted: the page,
  its parent's list of children, the listings of its type, and ``site`` near the top of the tree.
- A page moved: everything (URLs below it changed; moves are rare).
- A snippet, a site setting, a vocabulary, an image, a view restriction, a site saved or deleted:
  everything (they appear on many pages; they change rarely).
- A registration for an event: that event's page (places left).
"""

from typing import Any

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache_tags

# Saving a draft touches only these fields of the page row: the public page is unchanged.
_DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "comments",
    "locked",
    "locked_at",
    "locked_by",
}

# Models shown on many pages besides the registered snippets and settings.
SITE_WIDE_MODELS = (
    "offers.category",
    "offers.targetgroup",
    "offers.topic",
    "offers.languagecode",
    "organisations.organisation",
    "responsibilities.responsibility",
    "search.synonym",
    "portal.kreisnetzimage",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
)

_site_wide: set[type] = set()


def _is_site_wide(model: type) -> bool:
    """Snippets and settings are registered by the apps' wagtail_hooks: read them on first use."""
    if not _site_wide:
        from wagtail.contrib.settings.registry import registry as settings_registry
        from wagtail.snippets.models import get_snippet_models

        _site_wide.update(apps.get_model(label) for label in SITE_WIDE_MODELS)
        _site_wide.update(get_snippet_models())
        _site_wide.update(settings_registry)
    return model in _site_wide


def _is_draft_save(update_fields: Any) -> bool:
    if update_fields is None:
        return False
    return all(name in _DRAFT_FIELDS or name.startswith("draft_title") for name in update_fields)


def _page_saved(
    sender: Any, instance: Any, update_fields: Any = None, raw: bool = False, **kwargs: Any
) -> None:
    if raw:
        return
    if isinstance(instance, Page):
        if not _is_draft_save(update_fields):
            cache_tags.page_changed(instance)
    elif _is_site_wide(sender):
        cache_tags.bump_everything()
    elif sender._meta.label_lower == "events.registration":
        cache_tags.bump([f"page:{instance.event_id}"])


def _deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, Page):
        cache_tags.page_changed(instance)
    elif _is_site_wide(sender):
        cache_tags.bump_everything()
    elif sender._meta.label_lower == "events.registration":
        cache_tags.bump([f"page:{instance.event_id}"])


def _published(sender: Any, instance: Any, **kwargs: Any) -> None:
    cache_tags.page_changed(instance)


def _moved(sender: Any, instance: Any, **kwargs: Any) -> None:
    cache_tags.bump_everything()


def connect() -> None:
    post_save.connect(_page_saved, dispatch_uid="kreisnetz:page-cache:save")
    post_delete.connect(_deleted, dispatch_uid="kreisnetz:page-cache:delete")
    page_published.connect(_published, dispatch_uid="kreisnetz:page-cache:published")
    page_unpublished.connect(_published, dispatch_uid="kreisnetz:page-cache:unpublished")
    post_page_move.connect(_moved, dispatch_uid="kreisnetz:page-cache:move")
