from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidelinesConfig(AppConfig):
    name = "guidelines"
    verbose_name = _("Guidelines")
    # Only county editors (and administrators) maintain the rules and grant overrides.
    county_maintained_models = ("rule", "override")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Revision

        from organisations.models import Organisation

        from .services import gate, records, registry

        gate.install()
        # Organisation profiles (edited by MSO members, approved by the county) are checked too.
        registry.register(Organisation)
        post_save.connect(
            records.on_revision_saved, sender=Revision, dispatch_uid="guidelines_record_findings"
        )
