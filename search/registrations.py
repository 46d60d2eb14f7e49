"""The search's own registration: its engine state in ``/healthz`` (see portal.health)."""

from portal import health

from . import backends


def search_health():
    engine, engine_state = backends.health()
    return {"search": engine_state, "search_backend": engine}


health.register("search", search_health)
