from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"
    # County editors maintain the synonyms (portal.tenancy grants the permissions).
    county_maintained_models = ("synonym",)

    def ready(self):
        from . import checks, signals  # noqa: F401 - system check and receivers

        signals.connect()
