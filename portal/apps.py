from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import checks  # noqa: F401  (registers the portal's system checks)


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
