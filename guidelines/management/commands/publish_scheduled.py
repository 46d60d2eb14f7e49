"""Wagtail's publish_scheduled, but revisions with error findings are held back, not published.

Without this, the first blocked revision would stop the whole run. Held back revisions lose
their approved go-live time and are listed on stderr.
"""

from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from guidelines.services import gate


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
            for revision in due:
                obj = revision.as_object()
                found = gate.blocking_findings(obj)
                if found:
                    revision.approved_go_live_at = None
                    revision.save(update_fields=["approved_go_live_at"])
                    self.stderr.write(f"Not published (page {obj.pk}): {gate.blocked_message(found)}")
        return super().handle(*args, **options)
