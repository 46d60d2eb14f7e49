"""Health checks shown by ``/healthz`` next to the database state.

An app adds its own in its ``registrations.py``::

    from portal import health

    health.register("search", lambda: {"search": "ok", "search_backend": "db"})

A check returns the entries it adds to the report; it reports, it does not fail the readiness
(only the database does, in :func:`portal.views.healthz`).
"""

from collections.abc import Callable
from typing import Any

_checks: dict[str, Callable[[], dict[str, Any]]] = {}


def register(name, check):
    _checks[name] = check
    return check


def report():
    """The entries of every registered check, in registration order."""
    state = {}
    for check in _checks.values():
        state.update(check())
    return state
