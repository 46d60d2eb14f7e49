"""A statement timeout for public requests on PostgreSQL, and a clean page when it fires.

A request of anyone who may not use the admin (visitors, MSO members on public pages) runs its
queries under ``PUBLIC_STATEMENT_TIMEOUT_MS`` milliseconds, so that no public page can hold a
database connection for long; people who may use the admin (imports, reports) are not limited.
The setting is made for the request and reset after it, as connections are reused. A query that
runs too long is cancelled by PostgreSQL (SQLSTATE 57014); the visitor gets a short page with
status 503 and ``Retry-After`` instead of a traceback. 0 turns the limit off; other databases
have none.
"""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.shortcuts import render

logger = logging.getLogger("kreisnetz.database")
QUERY_CANCELED = "57014"
RETRY_AFTER_SECONDS = 10


def timeout_ms():
    return int(getattr(settings, "PUBLIC_STATEMENT_TIMEOUT_MS", 0) or 0)


def is_public(request):
    """Anyone who may not use the admin; without a session cookie the session is not even read
    (reading it would add ``Vary: Cookie`` to every page)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def is_query_canceled(exception):
    cause = exception.__cause__
    return getattr(cause, "sqlstate", None) == QUERY_CANCELED


def _limit(request):
    """Set the timeout if the request is public; False when not (or when the database cannot be asked:
    the view then meets the same error, and the database-unavailable handling answers)."""
    if connection.vendor != "postgresql" or timeout_ms() <= 0:
        return False
    try:
        if not is_public(request):
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{timeout_ms()}ms"])
    except DatabaseError:
        logger.warning("statement_timeout not set: the database did not answer")
        return False
    return True


def _reset():
    try:
        with connection.cursor() as cursor:
            cursor.execute("RESET statement_timeout")
    except DatabaseError:
        # A transaction that began before the SET has failed (its rollback undoes the SET too),
        # or the connection broke (Django discards it at the end of the request).
        logger.info("statement_timeout not reset: the transaction or the connection failed")


class PublicStatementTimeoutMiddleware:
    """Place after AuthenticationMiddleware (it asks who the user is)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limited = _limit(request)
        try:
            return self.get_response(request)
        finally:
            if limited:
                _reset()

    def process_exception(self, request, exception):
        if not (isinstance(exception, DatabaseError) and is_query_canceled(exception)):
            return None
        logger.warning("query cancelled after the statement timeout: %s", request.path)
        response = render(request, "statement_timeout.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
