from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    name = "legal"
    verbose_name = _("Legal and accessibility pages")
    default_auto_field = "django.db.models.BigAutoField"
    county_maintained_models = ("legalsettings",)

    def ready(self):
        from . import signals  # noqa: F401
