"""The front cache (Varnish, docker/varnish/): what a change of a page makes stale, and telling it.

API:

- :func:`stale_after_change` ``(page) -> Purge``: what to drop when ``page`` is published,
  unpublished, moved or deleted: the page and everything below it (in every language, whatever
  its slugs were: by tree path, not by URL), its ancestors (town home, county home, its finder or
  calendar), the listing pages beside them (the children of the county home and of its town: the
  county finders and calendars, map, open data, stories, ...) and the views that list pages
  outside the page tree (search, map GeoJSON, open-data files, .ics and RSS feeds, statistics,
  the API), in every language.
- :func:`send` ``(purge)``: tells every cache of ``settings.WAGTAILFRONTENDCACHE``
  (``FRONTEND_CACHE_URLS``): one BAN request to a :class:`VarnishBackend`, the page URLs to any
  other Wagtail backend. A cache that is down or slow is logged and skipped: publishing goes on.
- :func:`connect` (from ``PortalConfig.ready``): on publish, unpublish, move and delete, the
  purge is computed at once (a deleted page's ancestors are still there) and sent after the
  transaction has committed (a purge before the commit would let the cache fetch the old page
  again), once per transaction.
- :class:`PageLabelMiddleware`: labels each Wagtail page response with ``X-Page-Id`` and
  ``X-Page-Path`` (its tree path), which the bans match; Varnish keeps them with the cached
  object and strips them before delivery. The production settings add it when
  ``FRONTEND_CACHE_URLS`` is set.

Why not ``wagtail.contrib.frontend_cache``'s own signal handlers (the app is not installed): they
purge a page's URL in the current language only, before the commit, and nothing that lists it.
Its backends and ``WAGTAILFRONTENDCACHE`` setting are used as they are.
"""

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import pre_delete
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from .towns import LISTING_PARENTS

logger = logging.getLogger("kreisnetz.front_cache")

# Views that list pages outside the page tree, by URL name (translated paths: reversed in every
# language) and by fixed path prefix.
LISTING_VIEWS = ("search", "search_autocomplete", "statistics")
LISTING_PREFIXES = ("/geo/", "/open-data/", "/calendar/", "/stories/", "/api/v2/")


@dataclass(frozen=True)
class Purge:
    """What is stale after a change, in the terms the caches understand."""

    page_paths: frozenset[str] = frozenset()  # tree paths: these pages and all below them
    page_ids: frozenset[int] = frozenset()  # these pages exactly
    url_patterns: frozenset[str] = frozenset()  # regexes over path and query (views)
    urls: frozenset[str] = frozenset()  # full URLs of the pages above, in every language

    def __or__(self, other: "Purge") -> "Purge":
        return Purge(
            self.page_paths | other.page_paths,
            self.page_ids | other.page_ids,
            self.url_patterns | other.url_patterns,
            self.urls | other.urls,
        )

    def __bool__(self) -> bool:
        return bool(self.page_paths or self.page_ids or self.url_patterns or self.urls)

    def covers(self, page: Page) -> bool:
        return any(page.path.startswith(path) for path in self.page_paths)

    def ban_headers(self) -> dict[str, str]:
        """The headers of one BAN request (docker/varnish/default.vcl): one regex each."""
        headers = {}
        if self.page_paths:
            headers["X-Ban-Page-Path"] = "^(" + "|".join(sorted(self.page_paths)) + ")"
        if self.page_ids:
            headers["X-Ban-Page-Id"] = "^(" + "|".join(str(pk) for pk in sorted(self.page_ids)) + ")$"
        if self.url_patterns:
            headers["X-Ban-Url"] = "^(" + "|".join(sorted(self.url_patterns)) + ")"
        return headers


def literal(text: str) -> str:
    """``text`` as a regex matching itself, without backslashes (Varnish's ban parser reads them
    as escapes): special characters in brackets ("." → "[.]")."""
    special = set(".*+?(){}|$[")
    out = []
    for char in text:
        if char in special:
            out.append(f"[{char}]")
        elif char in "]^\\":
            out.append(f"%{ord(char):02X}")  # never unencoded in a request line
        else:
            out.append(char)
    return "".join(out)


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def page_urls(page: Page) -> set[str]:
    """The page's full URL in every language (German unprefixed, /en/..., translated slugs)."""
    urls = set()
    for code in language_codes():
        with translation.override(code):
            url = page.get_full_url()
        if url:
            urls.add(iri_to_uri(url))
    return urls


def listing_view_patterns() -> set[str]:
    """Regexes of the views that list pages outside the tree, in every language."""
    patterns = {literal(prefix) for prefix in LISTING_PREFIXES}
    for code in language_codes():
        with translation.override(code):
            for name in LISTING_VIEWS:
                try:
                    patterns.add(literal(iri_to_uri(reverse(name))))
                except NoReverseMatch:
                    continue
    return patterns


def listing_pages(ancestors: Iterable[Page]) -> list[Page]:
    """The pages that list others under the county home and the town among ``ancestors``."""
    parents = [page for page in ancestors if page.specific_class._meta.label in LISTING_PARENTS]
    if not parents:
        return []
    beside = Q()
    for parent in parents:
        beside |= Q(path__startswith=parent.path, depth=parent.depth + 1)
    return list(Page.objects.filter(beside))


def stale_after_change(page: Page, *, with_urls: bool = True) -> Purge:
    """What the front cache must drop when ``page`` (as it is now) changes.

    ``with_urls``: also the URLs of the pages that list it in every language, for caches that
    cannot ban (the page's own URLs are always computed).
    """
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    listed_on = [*ancestors, *listing_pages(ancestors)]
    own_urls = page_urls(page)
    urls: set[str] = set(own_urls)
    if with_urls:
        for other in listed_on:
            urls |= page_urls(other)
    # Its addresses as they are now, whatever was cached there before (a "not found" before its
    # first publish or under a new slug carries no page label).
    own_paths = {literal(urlsplit(url).path) + "([?]|$)" for url in own_urls}
    return Purge(
        page_paths=frozenset({page.path}),
        page_ids=frozenset(other.pk for other in listed_on),
        url_patterns=frozenset(listing_view_patterns() | own_paths),
        urls=frozenset(urls),
    )


# --- telling the caches ---------------------------------------------------------------------


def configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _timeout() -> float:
    return float(getattr(settings, "FRONTEND_CACHE_TIMEOUT", 1.0))


class _Request(Request):
    def __init__(self, method: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._method = method

    def get_method(self) -> str:
        return self._method


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTPBackend with a time-out, and bans (docker/varnish/default.vcl)."""

    def _send(self, method: str, path: str, headers: dict[str, str]) -> None:
        url = urlunsplit([self.cache_scheme, self.cache_netloc, path, "", ""])
        request = _Request(method, url, headers=headers)
        with urlopen(request, timeout=_timeout()) as response:  # noqa: S310 - LOCATION is ours
            response.read()

    def purge(self, url: str) -> None:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            self._send("PURGE", path, {"Host": parts.netloc})
        except (URLError, OSError) as exc:
            logger.error("front cache %s: could not purge %s: %s", self.cache_netloc, url, exc)

    def ban(self, purge: Purge) -> None:
        try:
            self._send("BAN", "/", purge.ban_headers())
        except (URLError, OSError) as exc:
            logger.error("front cache %s: could not ban %s: %s", self.cache_netloc, purge.ban_headers(), exc)


def send(purge: Purge) -> None:
    """Tell every configured cache; errors are logged, never raised."""
    if not purge:
        return
    for name, backend in get_backends().items():
        try:
            if isinstance(backend, VarnishBackend):
                backend.ban(purge)
            else:
                backend.purge_batch(sorted(purge.urls))
        except Exception:  # a cache must never break publishing
            logger.exception("front cache %s: purge failed", name)


# --- when: after the commit of the change, once per transaction -------------------------------


class _Pending(threading.local):
    """What this thread's transactions made stale, until it is sent."""

    def __init__(self) -> None:
        self.purge = Purge()


_pending = _Pending()


def _flush() -> None:
    purge, _pending.purge = _pending.purge, Purge()
    send(purge)


def _needs_urls() -> bool:
    return any(not isinstance(backend, VarnishBackend) for backend in get_backends().values())


def schedule(page: Page) -> None:
    """Purge what ``page`` (as it is now) makes stale, once the current transaction commits.

    Pages below one already collected add nothing; everything collected goes in one request per
    cache with the first commit (what a rolled-back transaction collected goes along: too much
    purged is only a miss).
    """
    if not configured():
        return
    if not _pending.purge.covers(page):
        try:
            _pending.purge |= stale_after_change(page, with_urls=_needs_urls())
        except Exception:  # a cache must never break publishing
            logger.exception("front cache: could not work out what page %s makes stale", page.pk)
            return
    transaction.on_commit(_flush)


def _changed(instance: Any = None, **kwargs: Any) -> None:
    if isinstance(instance, Page):
        schedule(instance)


def _before_move(instance: Any = None, parent_page_before: Any = None, **kwargs: Any) -> None:
    """Its old place: the subtree under its old tree path, its old parent's listings."""
    schedule(instance)
    if parent_page_before is not None:
        schedule(parent_page_before)


def _after_move(instance: Any = None, **kwargs: Any) -> None:
    """Its new place (read again: the instance may still carry its old tree path)."""
    schedule(Page.objects.get(pk=instance.pk))


def label_page(page: Page, request: Any, serve_args: Any, serve_kwargs: Any) -> None:
    """Wagtail's before_serve_page hook: remember which page the response shows."""
    request.front_cache_page = page


def connect() -> None:
    page_published.connect(_changed, dispatch_uid="front-cache:published")
    page_unpublished.connect(_changed, dispatch_uid="front-cache:unpublished")
    pre_page_move.connect(_before_move, dispatch_uid="front-cache:pre-move")
    post_page_move.connect(_after_move, dispatch_uid="front-cache:post-move")
    pre_delete.connect(_changed, dispatch_uid="front-cache:delete")
    hooks.register("before_serve_page", label_page)


class PageLabelMiddleware:
    """Adds X-Page-Id and X-Page-Path to responses that show a Wagtail page."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        response = self.get_response(request)
        page = getattr(request, "front_cache_page", None)
        if page is not None:
            response["X-Page-Id"] = str(page.pk)
            response["X-Page-Path"] = page.path
        return response
