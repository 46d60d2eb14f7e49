from django.core.management.base import BaseCommand

from offers import taxonomy_defaults


class Command(BaseCommand):
    help = "Load the default categories, target groups and topics (idempotent; edits are kept)."

    def handle(self, *args, **options):
        taxonomy_defaults.load()
        self.stdout.write(self.style.SUCCESS("Vocabularies ready."))
