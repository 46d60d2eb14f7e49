from django.core.management.base import BaseCommand

from events.services.occurrences import refresh_all


class Command(BaseCommand):
    help = "Rewrite the stored occurrences of every event for the horizon from today (run daily)."

    def handle(self, *args, **options):
        written = refresh_all()
        if options["verbosity"] > 1:
            self.stdout.write(f"{written} occurrences stored.")
