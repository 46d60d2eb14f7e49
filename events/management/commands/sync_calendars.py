"""Fetch every active calendar subscription and import its events as drafts (run hourly from cron)."""

from django.core.management.base import BaseCommand

from events.calendar_io.subscriptions import sync_all


class Command(BaseCommand):
    help = "Synchronise the active calendar subscriptions (events become drafts)."

    def handle(self, *args, **options):
        failed = 0
        for subscription, report in sync_all():
            if report is None:
                failed += 1
                first_line = subscription.last_error.splitlines()[0] if subscription.last_error else ""
                self.stderr.write(f"{subscription.url}: {first_line}")
            else:
                self.stdout.write(f"{subscription.url}: {report}")
        if failed:
            self.stderr.write(f"{failed} subscription(s) failed; see their last error in the admin.")
