"""Site-wide views: health check and error pages in the reader's language."""

import logging

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation

from . import health

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
