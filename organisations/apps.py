from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")
    county_maintained_models = ("organisation",)

    def ready(self):
        from . import moderation  # noqa: F401  (connects the county set-up receiver)
