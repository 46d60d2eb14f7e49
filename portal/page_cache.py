"""The page cache for anonymous visitors: whole responses in the shared cache, dropped by tag.

``PageCacheMiddleware`` stands right after LocaleMiddleware: before authentication, CSRF and
messages, so a hit costs one Redis round trip (a script returns the entry only if its tag
versions are current; two round trips with other caches) and no database query, no template.
The key is the language, the scheme, the host, the path and the sorted query string.

Only requests without a session or messages cookie (and without an Authorization header) are
answered from or stored in the cache; everything else passes through and gets
``Cache-Control: private`` unless the view said otherwise. A response is stored only if

- it is a 200 answer to GET/HEAD of a Wagtail page (not under a view restriction, not a preview)
  or of a view named in ``cache_tags.VIEW_TAGS``;
- it sets no cookie (a CSRF token for a form, a message) and stored nothing in the session;
- the view didn't mark it private/no-store/no-cache, and it varies on nothing but Cookie,
  Accept-Language and Accept-Encoding (the key covers the language; cookies bypass the cache).

Stored responses carry ``Cache-Control: public, max-age=0, s-maxage=…``, an ETag (a digest of
the content) and Last-Modified (when it was rendered); a conditional GET that matches gets 304,
from the cache as from a fresh render. Invalidation: portal.cache_tags and
portal.cache_invalidation.
"""

import hashlib
import logging
import pickle
import time
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from . import cache_tags
from .caching import restricted_paths

logger = logging.getLogger("kreisnetz.page_cache")

ENTRY_PREFIX = "kreisnetz:pc:entry:"
_VARY_ALLOWED = {"cookie", "accept-language", "accept-encoding"}
_BYPASS_PREFIXES = ("/admin/", "/django-admin/", "/api/", "/documents/", "/static/", "/media/")
_PAGE_ATTRIBUTE = "_page_cache_page"


def enabled() -> bool:
    return bool(getattr(settings, "PAGE_CACHE_ENABLED", True))


def timeout() -> int:
    return int(getattr(settings, "PAGE_CACHE_TIMEOUT", 300))


def shared_max_age() -> int:
    return int(getattr(settings, "PAGE_CACHE_SHARED_MAX_AGE", 60))


def max_bytes() -> int:
    return int(getattr(settings, "PAGE_CACHE_MAX_BYTES", 5_000_000))


def is_personal(request: HttpRequest) -> bool:
    """The visitor has a session (perhaps logged in), pending messages or credentials."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME in cookies
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def sorted_query(request: HttpRequest) -> str:
    """The query string of ``request`` with its parameters sorted (the same URL, whatever the order)."""
    return urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)))


def entry_key(request: HttpRequest, language: str | None = None) -> str:
    """The cache key of ``request``: language, scheme, host, path and the sorted query string."""
    query = sorted_query(request)
    url = f"{language or translation.get_language()}|{request.scheme}://{request.get_host()}{request.path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(url.encode()).hexdigest()


def _cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(_BYPASS_PREFIXES)
        and not is_personal(request)
    )


def remember_page(page: Any, request: HttpRequest) -> None:
    """Note which page a request serves (Wagtail's before_serve_page hook, see wagtail_hooks)."""
    setattr(request, _PAGE_ATTRIBUTE, page)


def response_tags(request: HttpRequest) -> list[str] | None:
    """The tags of the response to ``request``, or None when it must not be cached."""
    if getattr(request, "is_preview", False):
        return None
    page = getattr(request, _PAGE_ATTRIBUTE, None)
    if page is not None:
        if any(page.path.startswith(path) for path in restricted_paths()):
            return None
        return cache_tags.page_tags(page)
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name == "wagtail_serve":
        return None
    return cache_tags.view_tags(match.url_name)


def _storable(request: HttpRequest, response: HttpResponseBase) -> bool:
    if response.status_code != 200 or response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= _VARY_ALLOWED


def response_content(response: HttpResponseBase) -> bytes:
    """The body of ``response``, a streamed one read to its end."""
    if response.streaming:
        return b"".join(response.streaming_content)  # type: ignore[attr-defined]
    return response.content  # type: ignore[attr-defined]


def _materialised(response: HttpResponseBase, content: bytes) -> HttpResponse:
    """A plain response with ``content`` and the headers of a streaming ``response``."""
    plain = HttpResponse(content, status=response.status_code)
    for name, value in response.headers.items():
        plain[name] = value
    return plain


def _public_headers(response: HttpResponseBase, content: bytes) -> None:
    response["ETag"] = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
    if not response.has_header("Last-Modified"):
        response["Last-Modified"] = http_date(time.time())
    patch_cache_control(response, public=True, max_age=0, s_maxage=shared_max_age())
    patch_vary_headers(response, ("Cookie",))


def _from_entry(request: HttpRequest, entry: dict[str, Any]) -> HttpResponseBase:
    headers = entry["headers"]
    conditional = get_conditional_response(
        request, etag=headers.get("ETag"), last_modified=entry["modified"], response=None
    )
    if conditional is not None:
        for name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
            if name in headers:
                conditional[name] = headers[name]
        return conditional
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in headers.items():
        response[name] = value
    return response


def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponseBase:
    modified = _parse_modified(response.get("Last-Modified"))
    conditional = get_conditional_response(
        request, etag=response.get("ETag"), last_modified=modified, response=response
    )
    return conditional or response


def _parse_modified(value: str | None) -> int | None:
    from django.utils.http import parse_http_date_safe

    return parse_http_date_safe(value) if value else None


# With Redis, a hit is one round trip: this script checks the entry's tag versions (listed in
# its "meta" key as "key=version ...") and returns the entry only if all are current.
_LOOKUP = """
local meta = redis.call('GET', KEYS[2])
if not meta then return false end
for key, version in string.gmatch(meta, '(%S+)=(%S+)') do
  if redis.call('GET', key) ~= version then return false end
end
return redis.call('GET', KEYS[1])
"""


class _Redis:
    """The entry and its tag versions in Redis directly (django-redis's connection)."""

    def __init__(self) -> None:
        from django_redis import get_redis_connection  # type: ignore[import-untyped]

        self.client = get_redis_connection("default")
        self.lookup = self.client.register_script(_LOOKUP)

    def get(self, key: str) -> dict[str, Any] | None:
        from redis.exceptions import RedisError

        try:
            blob = self.lookup(keys=[cache.make_key(key), cache.make_key(key + ":meta")])
        except RedisError:
            logger.warning("page cache: Redis unavailable", exc_info=True)
            return None
        return pickle.loads(blob) if blob else None  # noqa: S301 - written by us (set below)

    def set(self, key: str, entry: dict[str, Any], seconds: int) -> None:
        from redis.exceptions import RedisError

        meta = " ".join(f"{cache.make_key(tag)}={version}" for tag, version in entry["versions"].items())
        try:
            with self.client.pipeline(transaction=False) as pipe:
                pipe.set(cache.make_key(key), pickle.dumps(entry, pickle.HIGHEST_PROTOCOL), ex=seconds)
                pipe.set(cache.make_key(key + ":meta"), meta, ex=seconds)
                pipe.execute()
        except RedisError:
            logger.warning("page cache: Redis unavailable", exc_info=True)


class _Generic:
    """Any Django cache: the entry, then its tag versions (two round trips)."""

    def get(self, key: str) -> dict[str, Any] | None:
        entry = cache.get(key)
        if entry is not None and cache.get_many(list(entry["versions"])) == entry["versions"]:
            return entry
        return None

    def set(self, key: str, entry: dict[str, Any], seconds: int) -> None:
        cache.set(key, entry, seconds)


def _backend_for(instance: Any) -> "_Redis | _Generic":
    from django_redis.cache import RedisCache  # type: ignore[import-untyped]

    return _Redis() if isinstance(instance, RedisCache) else _Generic()


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response
        self._backend: tuple[Any, _Redis | _Generic] | None = None

    def backend(self) -> "_Redis | _Generic":
        """The store of the current default cache (built again when settings replace the cache)."""
        instance = caches["default"]
        if self._backend is None or self._backend[0] is not instance:
            self._backend = (instance, _backend_for(instance))
        return self._backend[1]

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not enabled():
            return self.get_response(request)
        if not _cacheable_request(request):
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        key = entry_key(request)
        store = self.backend()
        entry = store.get(key)
        if entry is not None:
            response = _from_entry(request, entry)
            response["X-Page-Cache"] = "hit"
            return response
        any_key = cache_tags.tag_key(cache_tags.ANY)
        before = cache.get(any_key) or cache_tags.versions([cache_tags.ANY]).get(any_key)
        if before is None:  # the shared cache is unreachable: the page is served without it
            return self.get_response(request)
        response = self.get_response(request)
        return self._store(request, response, key, before, store)

    def _store(
        self, request: HttpRequest, response: HttpResponseBase, key: str, before: Any, store: Any
    ) -> HttpResponseBase:
        tags = response_tags(request)
        if tags is None or not _storable(request, response):
            sets_cookie = bool(response.cookies) or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
            if sets_cookie and not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        content = response_content(response)
        response = _materialised(response, content) if response.streaming else cast(HttpResponse, response)
        _public_headers(response, content)
        response["X-Page-Cache"] = "miss"
        if len(content) <= max_bytes():
            any_key = cache_tags.tag_key(cache_tags.ANY)
            versions = cache_tags.versions(dict.fromkeys([*tags, cache_tags.ANY]))
            # Something was published while this response was rendered (it may be stale), or the
            # shared cache lost a tag's version (it is unreachable): nothing is stored.
            complete = all(cache_tags.tag_key(tag) in versions for tag in tags)
            if versions.pop(any_key, None) == before and complete:
                if cache_tags.ANY in tags:
                    versions[any_key] = before
                headers = {name: value for name, value in response.headers.items() if name != "X-Page-Cache"}
                entry = {
                    "versions": versions,
                    "status": response.status_code,
                    "headers": headers,
                    "content": content,
                    "modified": _parse_modified(response.get("Last-Modified")),
                }
                store.set(key, entry, timeout())
        return _conditional(request, response)


def clear() -> None:
    """Drop every cached page (a new version of ``site``, on which every entry depends)."""
    cache_tags.bump_everything()
