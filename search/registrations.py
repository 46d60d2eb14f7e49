"""The search's own registration: its engine state in ``/healthz`` (see portal.health)."""

from django.utils.translation import gettext_lazy as _

from portal import health, navigation

from . import backends


def search_health():
    engine, engine_state = backends.health()
    return {"search": engine_state, "search_backend": engine}


health.register("search", search_health)
navigation.register_service_link("search", _("Search"), "search", order=10)
