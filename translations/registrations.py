"""Dashboard registrations of the translations app (discovered at start-up, see portal.apps)."""

from .report import dashboard_panel  # noqa: F401
