"""What a cached public response depends on (its *tags*), and bumping them when content changes.

The page cache (portal.page_cache) stores each anonymous response with the tags it depends on
and the version of each tag at the time it was stored; a read compares them with the current
versions (one ``get_many`` in the shared cache) and treats a difference as a miss. A change
bumps the versions of the tags it affects, so every app server sees it at the next request.

Tags:

- ``site``: the menu, the footer, site settings and snippets that appear on many pages. Every
  entry depends on it; a change of a page near the top of the tree (the county home, a town,
  a section of the menu), a move, or a save of a snippet/setting bumps it.
- ``any``: bumped by every change. Pages and views that don't say what they list depend on it.
- ``node:<path>``: one page and, through the paths of their ancestors, the pages below it
  (breadcrumbs, a town's name): a page depends on its own node and its ancestors' nodes.
- ``children:<path>``: the children of a page (a town page lists its pages).
- ``page:<id>``: a page that another one shows (an event's venue).
- ``type:<app.model>``: every page of a type, for the listings of that type (finders,
  calendars, the map, feeds).

Publishing bumps ``any`` first and the precise tags after it: a response rendered while a
change is being written is either stored under the old ``any`` (and refused, see page_cache)
or under the old precise tags (and dropped by their bump).
"""

import secrets
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction

KEY_PREFIX = "kreisnetz:pc:tag:"
SITE = "site"
ANY = "any"
STEPLEN = 4  # treebeard's path step of Wagtail pages
TOP_DEPTH = 3  # root (1), county home (2), towns and menu sections (3): they appear on every page

OFFERS = "type:offers.offerpage"
CONTACT_POINTS = "type:offers.contactpointpage"
EVENTS = "type:events.eventpage"
STORIES = "type:stories.storypage"


def new_version() -> int:
    """A tag version: an int, stored as plain digits in Redis (page_cache compares it there)."""
    return secrets.randbits(62)


def tag_key(tag: str) -> str:
    return f"{KEY_PREFIX}{tag}"


def type_tag(model: Any) -> str:
    return f"type:{model._meta.label_lower}"


def _nodes(path: str) -> list[str]:
    """node:<path> of the page at ``path`` and of each of its ancestors below the root."""
    return [f"node:{path[:end]}" for end in range(2 * STEPLEN, len(path) + 1, STEPLEN)]


# What a page type lists besides itself: model label -> tags (or a function of the page).
# A page type that is not here depends on ``any`` (any change drops it).
_PAGE_TYPES: dict[str, Callable[[Any], Iterable[str]]] = {}


def register_page_type(label: str, tags: Iterable[str] | Callable[[Any], Iterable[str]] = ()) -> None:
    """Declare what pages of type ``label`` ("app.model") show besides their own content."""
    _PAGE_TYPES[label.lower()] = tags if callable(tags) else _fixed(tuple(tags))


def _fixed(tags: tuple[str, ...]) -> Callable[[Any], Iterable[str]]:
    def declared(page: Any) -> Iterable[str]:
        return tags

    return declared


def _event_tags(page: Any) -> list[str]:
    return [f"page:{page.venue_id}"] if getattr(page, "venue_id", None) else []


for _label, _tags in {
    "home.countyhomepage": (STORIES,),
    "home.townpage": (),
    "home.contentpage": (),
    "offers.offerindexpage": (OFFERS,),
    "offers.contactpointindexpage": (CONTACT_POINTS,),
    "offers.mappage": (OFFERS, CONTACT_POINTS),
    "offers.opendatapage": (),
    "offers.offerpage": (),
    "offers.contactpointpage": (),
    "events.eventindexpage": (EVENTS,),
    "events.trainingcalendarpage": (EVENTS,),
    "stories.storyindexpage": (STORIES,),
    "stories.storypage": (STORIES,),
    "legal.legalpage": (),
    "legal.accessibilitystatementpage": (),
    "legal.easylanguagepage": (),
    "legal.signlanguagepage": (),
    "responsibilities.responsibilitiespage": (),
}.items():
    register_page_type(_label, _tags)
register_page_type("events.eventpage", _event_tags)


def page_tags(page: Any) -> list[str]:
    """The tags of a served page: itself, its ancestors, its children and what its type lists."""
    tags = [SITE, f"page:{page.pk}", f"children:{page.path}", *_nodes(page.path)]
    declared = _PAGE_TYPES.get(page._meta.label_lower)
    tags.extend(declared(page) if declared is not None else (ANY,))
    return tags


# Views that are not pages, by URL name: what they list. Views not named here are not cached.
VIEW_TAGS: dict[str, tuple[str, ...]] = {
    "places_geojson": (OFFERS, CONTACT_POINTS),
    "open_data_export": (ANY,),
    "event_ics": (EVENTS,),
    "calendar_all": (EVENTS,),
    "calendar_town": (EVENTS,),
    "calendar_kind": (EVENTS,),
    "calendar_organisation": (EVENTS,),
    "stories_rss": (STORIES,),
    "stories_atom": (STORIES,),
    "search": (ANY,),
    "search_autocomplete": (ANY,),
    "statistics": (ANY,),
    "statistics_csv": (ANY,),
}


def view_tags(url_name: str | None) -> list[str] | None:
    declared = VIEW_TAGS.get(url_name or "")
    return None if declared is None else [SITE, *declared]


def changed_page_tags(page: Any) -> list[str]:
    """The tags a change of ``page`` (published, unpublished, deleted) bumps, ``any`` first."""
    # A page read through the base class (Page.objects...) still names its own type.
    model = getattr(page, "specific_class", None) or type(page)
    tags = [ANY, f"node:{page.path}", f"page:{page.pk}", type_tag(model)]
    if len(page.path) > STEPLEN:
        tags.append(f"children:{page.path[:-STEPLEN]}")
    if page.depth <= TOP_DEPTH:
        tags.append(SITE)
    return tags


def bump(tags: Iterable[str]) -> None:
    """New versions for ``tags`` in the shared cache, now and again when the transaction commits.

    Now: readers stop using entries at once. On commit: an entry stored by a request that read
    the database between the first bump and the commit (and so saw the old content) is dropped.
    """
    ordered = list(dict.fromkeys(tags))
    _write_versions(ordered)
    transaction.on_commit(lambda: _write_versions(ordered))


def _write_versions(tags: list[str]) -> None:
    # ``any`` first, on its own: see the module's docstring.
    if ANY in tags:
        cache.set(tag_key(ANY), new_version(), timeout=None)
    rest = {tag_key(tag): new_version() for tag in tags if tag != ANY}
    if rest:
        cache.set_many(rest, timeout=None)


def bump_everything() -> None:
    bump([ANY, SITE])


def versions(tags: Iterable[str]) -> dict[str, int]:
    """The current version of each tag; a tag without one (new or evicted) gets one now."""
    keys = [tag_key(tag) for tag in tags]
    found = {key: value for key, value in cache.get_many(keys).items() if isinstance(value, int)}
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            if not cache.add(key, new_version(), timeout=None) and not isinstance(cache.get(key), int):
                cache.set(key, new_version(), timeout=None)  # a version of another format
        found.update(cache.get_many(missing))
    return found


def page_changed(page: Any) -> None:
    bump(changed_page_tags(page))


def affected_listing_types(page: Any) -> list[str]:
    """Labels of the page types that list ``page`` (for a front cache's purge list)."""
    model = getattr(page, "specific_class", None) or type(page)
    tag = type_tag(model)
    return [
        label
        for label, declared in _PAGE_TYPES.items()
        if label != model._meta.label_lower and tag in _declared_static(declared)
    ]


def _declared_static(declared: Callable[[Any], Iterable[str]]) -> tuple[str, ...]:
    try:
        return tuple(declared(None))
    except AttributeError:
        return ()


def affected_urls(page: Any, request: Any = None) -> list[str]:
    """URLs whose content a change of ``page`` changes, in every portal language: the page, its
    parent, the live pages that list its type (finders, calendars, the map) and the views without
    parameters that do (GeoJSON, the county's feed). For a front cache's purge; the page cache
    itself needs no list (its tags do this).

    Views with parameters (a town's feed, search, open data with filters) are not listed: a
    front cache keeps them only for its short ``s-maxage``."""
    from django.apps import apps
    from django.conf import settings
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    pages = [page]
    parent = page.get_parent()
    if parent is not None:
        pages.append(parent.specific)
    for label in affected_listing_types(page):
        pages.extend(apps.get_model(label).objects.live())
    tag = type_tag(getattr(page, "specific_class", None) or type(page))
    names = [name for name, tags in VIEW_TAGS.items() if tag in tags]
    urls: list[str] = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for listed in pages:
                url = listed.get_url(request=request)
                if url:
                    urls.append(url)
            for name in names:
                try:
                    urls.append(reverse(name))
                except NoReverseMatch:
                    continue
    return list(dict.fromkeys(urls))
