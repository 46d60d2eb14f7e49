from django.core.management.base import BaseCommand

from offers.services.review import notify_review_due


class Command(BaseCommand):
    help = (
        "E-mail each town's editors the offers and contact points whose review is due. "
        "Run daily or weekly (e.g. cron: 0 7 * * 1 manage.py review_due)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only list, send nothing")

    def handle(self, *args, dry_run, **options):
        for town, pages, recipients in notify_review_due(send=not dry_run):
            names = town.title if town else "Landkreis"
            self.stdout.write(f"{names}: {len(pages)} due, {len(recipients)} recipient(s)")
