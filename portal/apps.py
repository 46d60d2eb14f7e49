from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401  (registers the portal's system checks)


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Every app declares what it contributes to the cross-app registries (search adapters,
        # dashboard panels, open-data datasets, guideline-checked fields, newsletter sections,
        # health checks) in its own ``registrations.py``, like Django's ``admin.py``. Portal
        # comes first in INSTALLED_APPS, so the registries are complete before any other app's
        # ready() runs.
        autodiscover_modules("registrations")
        # wagtail_modeltranslation (before us in INSTALLED_APPS) has patched Page.route by now.
        from . import routing

        routing.install()
        from . import cache_invalidation

        cache_invalidation.connect()
        # Purge the front cache on publish, unpublish, move and delete (when one is configured).
        from . import front_cache

        front_cache.connect()
