"""manage.py rebuild_search: fill the search index anew from the public content, in bulk."""

import sys

from django.core.management.base import BaseCommand

from search import backends, indexing, registry


class Command(BaseCommand):
    help = "Rebuild the search index (database table, and the Elasticsearch indexes when configured)."

    def handle(self, *args, **options):
        totals = {adapter.type: adapter.public_queryset().count() for adapter in registry.adapters().values()}
        total = sum(totals.values()) or 1
        done = 0
        show = options["verbosity"] > 0

        def progress(adapter, count):
            nonlocal done
            done += count
            if show and (done % 50 == 0 or done == total):
                width = 30
                filled = width * done // total
                sys.stdout.write(
                    f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {adapter.type:<14}"
                )
                sys.stdout.flush()

        indexing.rebuild(progress=progress)
        if show:
            sys.stdout.write("\n")
        backend = backends.configured()
        if backend.name != "db":
            backend.rebuild(progress=self.stdout.write if show else None)
        self.stdout.write(self.style.SUCCESS(f"{done} objects indexed ({backend.name})."))
