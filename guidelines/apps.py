from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidelinesConfig(AppConfig):
    name = "guidelines"
    verbose_name = _("Guidelines")
    # Only county editors (and administrators) maintain the rules and word lists and grant overrides.
    county_maintained_models = ("rule", "wordlist", "override")

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.models import Revision

        from . import checks  # noqa: F401 - the publish gate's system check
        from .services import gate, records, warmup

        gate.install()
        if warmup.serving():
            warmup.start()  # the first live check after a server start is as fast as the next
        post_save.connect(
            records.on_revision_saved, sender=Revision, dispatch_uid="guidelines_record_findings"
        )
