"""Dashboard registrations of the translations app (discovered at start-up, see portal.apps)."""

from .report import dashboard_panel, next_steps  # noqa: F401
