from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.site_address import set_default_site


class Command(BaseCommand):
    help = (
        "Point Wagtail's default Site at the address the site is served at (default: "
        "WAGTAILADMIN_BASE_URL), so absolute links in JSON-LD, feeds and .ics files reach it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "url", nargs="?", help="e.g. http://127.0.0.1:8000 or https://kreisnetz.example.org"
        )

    def handle(self, *args, url=None, **options):
        url = url or settings.WAGTAILADMIN_BASE_URL
        try:
            site = set_default_site(url)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if site is None:  # setup_county creates it at WAGTAILADMIN_BASE_URL
            self.stdout.write("No Wagtail site yet; setup_county creates it at WAGTAILADMIN_BASE_URL.")
            return
        self.stdout.write(f"Site: {site.root_url}")
