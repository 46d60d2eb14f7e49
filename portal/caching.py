"""Small, rarely changing lists (vocabularies, towns, restricted paths) cached across requests.

Each entry is dropped when a row of one of its models is saved or deleted, so readers never
see stale data after the request that changed it.
"""

import hashlib
import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.db.models import Model, QuerySet
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

T = TypeVar("T")
Q = TypeVar("Q", bound=QuerySet[Any])

_registry: dict[str, Iterable[type[Model]]] = {}


def cached(key: str, builder: Callable[[], T], models: Iterable[type[Model]]) -> T:
    """The cached value of ``builder()``; invalidated whenever one of ``models`` changes."""
    if key not in _registry:
        _registry[key] = models
        for model in models:
            for signal in (post_save, post_delete):
                signal.connect(
                    _invalidate(key), sender=model, weak=False, dispatch_uid=f"{key}:{model._meta.label}"
                )
    return cast(T, cache.get_or_set(f"kreisnetz:{key}", builder, timeout=3600))


def _invalidate(key: str) -> Callable[..., None]:
    def handler(**kwargs: Any) -> None:
        cache.delete(f"kreisnetz:{key}")

    return handler


def _forget_restricted_paths(**kwargs: Any) -> None:
    cache.delete("kreisnetz:restricted-paths")


post_page_move.connect(_forget_restricted_paths, dispatch_uid="kreisnetz:restricted-paths:move")


# What is derived from the page tree (the main menu, the footer's links to service pages) is
# cached under the tree's version: any page saved, deleted or moved starts a new version, so
# a published title, a section shown in or removed from the menu appear with the next request.
TREE_VERSION_KEY = "kreisnetz:page-tree-version"


def page_tree_version() -> str:
    version = cache.get(TREE_VERSION_KEY)
    if version is None:
        cache.add(TREE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(TREE_VERSION_KEY) or ""
    return cast(str, version)


def tree_cached(key: str, builder: Callable[[], T]) -> T:
    """The cached value of ``builder()`` for the page tree as it is now."""
    return cast(T, cache.get_or_set(f"kreisnetz:{key}:{page_tree_version()}", builder, timeout=3600))


def new_page_tree_version() -> None:
    """Start a new page-tree version (also after writes that send no signals, e.g. bulk inserts)."""
    cache.set(TREE_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _page_tree_changed(sender: Any = None, instance: Any = None, **kwargs: Any) -> None:
    from wagtail.models import Page

    if instance is None or isinstance(instance, Page):
        new_page_tree_version()


for _signal in (post_save, post_delete, post_page_move):
    _signal.connect(_page_tree_changed, dispatch_uid=f"kreisnetz:page-tree:{id(_signal)}")


def restricted_paths() -> list[str]:
    """Paths of pages with a view restriction (their subtrees are not public).

    Dropped when a restriction changes and when any page moves (paths change with a move).
    """
    from wagtail.models import PageViewRestriction

    return cached(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        [PageViewRestriction],
    )


def public_tree_cached(key: str, builder: Callable[[], T]) -> T:
    """``tree_cached`` for what lists public pages: also keyed by the view restrictions in force."""
    restrictions = hashlib.sha256("\n".join(sorted(restricted_paths())).encode()).hexdigest()[:16]
    return tree_cached(f"{key}:{restrictions}", builder)


def public(queryset: Q) -> Q:
    """Like Wagtail's ``.public()``, without a query per request."""
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset
