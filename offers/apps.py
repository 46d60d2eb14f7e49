from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Offers and contact points")
    # Vocabularies the county maintains: county editors get add/change/delete on them.
    county_maintained_models = ("category", "targetgroup", "topic", "languagecode")

    def ready(self):
        from . import signals  # noqa: F401
