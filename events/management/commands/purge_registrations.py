"""Delete registrant data N days after the event's last date (run daily from cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from events.registration.services import purge


class Command(BaseCommand):
    help = (
        "Deletes registrations REGISTRATION_RETENTION_DAYS days after their event's last date, "
        "and unconfirmed registrations whose confirm link has expired. Prints counts only."
    )

    def handle(self, *args, **options):
        result = purge()
        self.stdout.write(
            f"{result.after_event} registrations deleted "
            f"({settings.REGISTRATION_RETENTION_DAYS} days after their event), "
            f"{result.unconfirmed} unconfirmed registrations deleted."
        )
