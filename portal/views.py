"""Site-wide views: health check, error pages in the reader's language, favicon and web manifest."""

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation

from . import health, i18n

logger = logging.getLogger("kreisnetz")


def healthz(request):
    """Liveness and readiness for load balancers: the database and the registered checks
    (:mod:`portal.health`, e.g. the search engine's state)."""
    state = {"database": "ok"}
    status = 200
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means not ready
        logger.warning("healthz: database unavailable", exc_info=True)
        state["database"] = "unavailable"
        status = 503
    state.update(health.report())
    return JsonResponse(state, status=status)


def _language_from_path(request):
    code = translation.get_language_from_path(request.path_info)
    if code:
        translation.activate(code)
        request.LANGUAGE_CODE = code


def page_not_found(request, exception=None):
    _language_from_path(request)
    return render(request, "404.html", status=404)


def permission_denied(request, exception=None):
    _language_from_path(request)
    return render(request, "403.html", status=403)


def server_error(request):
    _language_from_path(request)
    try:
        return render(request, "500.html", status=500)
    except Exception:  # noqa: BLE001 - the error page must never fail
        logger.exception("error page could not be rendered")
        from django.views.defaults import server_error as plain_server_error

        return plain_server_error(request)


def favicon(request):
    """``/favicon.ico``, which browsers and crawlers ask for whatever the page links: the icon
    from the static files (permanent redirect, so it is cached like any static file)."""
    return HttpResponsePermanentRedirect(static("portal/icons/favicon.ico"))


def web_manifest(request):
    """The web app manifest: the site's name, icons and colours (linked from every page)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    manifest = {
        "name": settings.WAGTAIL_SITE_NAME,
        "short_name": settings.WAGTAIL_SITE_NAME,
        "lang": language,
        "dir": i18n.direction(language),
        "start_url": "/",
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#073763",
        "icons": [
            {"src": static("portal/icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("portal/icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("portal/icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    response = JsonResponse(manifest, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response
