from django.core.management.base import BaseCommand

from legal.services import FEEDBACK_RETENTION_DAYS, purge_old_feedback


class Command(BaseCommand):
    help = f"Delete accessibility feedback older than {FEEDBACK_RETENTION_DAYS} days (prints a count only)."

    def handle(self, *args, **options):
        self.stdout.write(f"deleted: {purge_old_feedback()}")
