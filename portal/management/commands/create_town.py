from django.core.management.base import BaseCommand, CommandError

from portal.tenancy import TenancyError, create_town


class Command(BaseCommand):
    help = (
        "Create a member town: its page below the county home, its editor group confined to that "
        "subtree, a collection for its images and documents, and its approval workflow."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Name of the town, e.g. 'Lindenfeld'")
        parser.add_argument(
            "--approval",
            action="store_true",
            help="Town editors submit for county approval instead of publishing directly.",
        )

    def handle(self, *args, name, approval, **options):
        try:
            town = create_town(name, approval_required=approval)
        except TenancyError as exc:
            raise CommandError(str(exc)) from exc
        mode = "county approval" if approval else "direct publishing"
        self.stdout.write(
            self.style.SUCCESS(
                f"Town {town.page.title} created: page {town.page.pk}, group “{town.group.name}”, "
                f"collection “{town.collection.name}”, {mode}."
            )
        )
