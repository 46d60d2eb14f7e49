"""Documents built from many pages — the map's GeoJSON, the calendar feeds, the open-data files, the
public statistics — generated once after each change of what they list and kept in the shared cache,
so a request costs one cache read however many offers and events the county has.

An entry is stored with the versions of the page cache's tags (portal.cache_tags) it depends on,
read *before* it was built: a change published while it is being built bumps a tag, and the entry
is built again by the next request. Entries also expire after ``GENERATED_DOCUMENTS_TIMEOUT``
seconds (figures that count what no tag follows, e.g. round-table sessions, are at most that old).
Unlike the page cache these documents are the same for every visitor (nothing personal, no forms),
so they are kept also for logged-in visitors and whatever their size; the page cache and the front
cache may keep them as well. ``GENERATED_DOCUMENTS_TIMEOUT = 0`` (the test settings) builds every
request afresh.
"""

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import cache_tags
from .page_cache import response_content, sorted_query

T = TypeVar("T")
KEY_PREFIX = "kreisnetz:doc:"


def timeout() -> int:
    return int(getattr(settings, "GENERATED_DOCUMENTS_TIMEOUT", 3600))


def kept(key: str, tags: Iterable[str], build: Callable[[], T]) -> T:
    """``build()``, or what it returned for the same ``key`` since none of ``tags`` changed."""
    seconds = timeout()
    if seconds <= 0:
        return build()
    wanted = [cache_tags.SITE, *tags]
    entry = cache.get(KEY_PREFIX + key)
    if entry is not None and cache.get_many(list(entry["versions"])) == entry["versions"]:
        return cast(T, entry["value"])
    versions = cache_tags.versions(wanted)
    value = build()
    # None is not kept (an error page); nor anything when the shared cache is unreachable.
    if value is not None and len(versions) == len(set(wanted)):
        cache.set(KEY_PREFIX + key, {"versions": versions, "value": value}, seconds)
    return value


def request_key(request: HttpRequest, name: str) -> str:
    """``name``, the language, the path and the sorted query string, as a short key."""
    url = f"{name}|{translation.get_language()}|{request.path}?{sorted_query(request)}"
    return hashlib.sha256(url.encode()).hexdigest()


def _snapshot(response: HttpResponseBase) -> dict[str, Any]:
    content = response_content(response)
    headers = dict(response.headers.items())
    headers["ETag"] = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
    headers.setdefault("Last-Modified", http_date(time.time()))
    return {"status": response.status_code, "headers": headers, "content": content}


def _response(request: HttpRequest, snapshot: dict[str, Any]) -> HttpResponseBase:
    response = HttpResponse(snapshot["content"], status=snapshot["status"])
    for name, value in snapshot["headers"].items():
        response[name] = value
    if response.status_code == 200:
        patch_cache_control(response, public=True, max_age=0)
        return get_conditional_response(request, etag=response["ETag"], response=response) or response
    return response


def generated(*tags: str) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    """A view whose answers are kept until a change of ``tags`` (see the module's docstring).

    Only answers 200 are kept; the response gets an ETag and Last-Modified, and a conditional GET
    that matches gets 304.
    """

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        name = f"{view.__module__}.{view.__qualname__}"

        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if timeout() <= 0:  # nothing is kept: the view's own (perhaps streamed) response
                return view(request, *args, **kwargs)
            built: list[HttpResponseBase] = []

            def build() -> dict[str, Any] | None:
                response = view(request, *args, **kwargs)
                built.append(response)
                return _snapshot(response) if response.status_code == 200 else None

            snapshot = kept(request_key(request, name), tags, build)
            if snapshot is None:  # not kept: an error page, a redirect
                return built[0]
            return _response(request, snapshot)

        return wrapper

    return decorator
