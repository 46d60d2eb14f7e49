"""Drop every page in the page cache (after a bulk import that sent no model signals)."""

from django.core.management.base import BaseCommand

from portal import page_cache


class Command(BaseCommand):
    help = "Drop every cached page (portal/page_cache.py); the next visit renders afresh."

    def handle(self, *args, **options):
        page_cache.clear()
