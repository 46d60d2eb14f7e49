from django.core.management.base import BaseCommand, CommandError

from portal.tenancy import TenancyError, setup_county


class Command(BaseCommand):
    help = "Create the county home page (site root) and the county-wide groups. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Name of the county, e.g. 'Landkreis Hohenau'")

    def handle(self, *args, name, **options):
        try:
            county = setup_county(name)
        except TenancyError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"County: {county.title} (page {county.pk})"))
