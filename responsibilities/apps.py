from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResponsibilitiesConfig(AppConfig):
    name = "responsibilities"
    verbose_name = _("Who does what?")
    default_auto_field = "django.db.models.BigAutoField"
    county_maintained_models = ("responsibility",)
