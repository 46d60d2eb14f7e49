"""Delete newsletter requests that were never confirmed within the link's lifetime (daily job)."""

from django.core.management.base import BaseCommand

from newsletter.services.subscriptions import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete unconfirmed newsletter subscriptions older than the confirmation link's lifetime."

    def handle(self, *args, **options):
        self.stdout.write(f"{purge_unconfirmed()} unconfirmed subscriptions deleted.")
