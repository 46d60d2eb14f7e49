from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkingConfig(AppConfig):
    name = "networking"
    verbose_name = _("Round tables and twinning")

    def ready(self):
        from . import dashboard_panels, search_adapters  # noqa: F401  (register with dashboard and search)
