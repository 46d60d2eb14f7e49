"""A clean 503 page while the database is unreachable (restart, failover, network).

Django turns any exception of a view or middleware into a call of ``handler500`` from inside
the ``except`` block, so the exception is still at hand there. A database connection error
(``OperationalError``, ``InterfaceError``) then gets this page instead of the 500 page: status
503 with ``Retry-After``, in the reader's language, rendered without touching the database (no
context processors, no page tree). Every other exception goes on to the usual 500 page.

Django reconnects by itself once the server is back: ``CONN_HEALTH_CHECKS`` (production
settings) tests a persistent connection before each request and replaces a broken one.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from portal import views

logger = logging.getLogger("kreisnetz")

RETRY_AFTER_SECONDS = 60
DATABASE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable(request):
    """The 503 page: no database, no sessions, no context processors."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string("503.html")
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def caused_by_database(exception, depth=10):
    """True for a database error, also one that another error was raised in handling of."""
    while exception is not None and depth:
        if isinstance(exception, DATABASE_ERRORS):
            return True
        exception, depth = exception.__cause__ or exception.__context__, depth - 1
    return False


def server_error(request):
    """``handler500``: the 503 page for a lost database, the usual 500 page otherwise."""
    if caused_by_database(sys.exc_info()[1]):
        logger.warning("database unavailable: %s %s answered 503", request.method, request.path)
        return database_unavailable(request)
    return views.server_error(request)
