"""Send the newsletter digest to every confirmed subscriber (run weekly from cron)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsletter.services.sending import send_digests
from portal.clock import BERLIN


def parse_day(value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--since needs a date like 2026-11-01, not “{value}”.") from None
    return datetime.datetime.combine(day, datetime.time(), tzinfo=BERLIN)


class Command(BaseCommand):
    help = "Send upcoming trainings, new offers and upcoming events to confirmed newsletter subscribers."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Build every digest, send nothing.")
        parser.add_argument(
            "--since", type=parse_day, help="New offers since this date (default: the last digest)."
        )

    def handle(self, *args, dry_run=False, since=None, **options):
        if since is not None and since > timezone.now():
            raise CommandError("--since lies in the future.")
        report = send_digests(since=since, dry_run=dry_run)
        languages = ", ".join(f"{code}: {count}" for code, count in sorted(report.per_language.items()))
        if dry_run:
            self.stdout.write(
                f"Dry run, nothing sent. Would send {sum(report.per_language.values())} digests"
                f" ({languages or 'none'}); {report.skipped} empty. New since {report.since:%Y-%m-%d %H:%M}."
            )
            return
        self.stdout.write(
            f"Sent {report.sent} digests ({languages or 'none'}), {report.failed} failed, "
            f"{report.skipped} empty not sent, {report.purged} unconfirmed requests deleted."
        )
        if report.failed:
            self.stderr.write(f"{report.failed} digests could not be sent; see the log.")
