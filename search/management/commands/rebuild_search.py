"""manage.py rebuild_search: fill the search index anew from the public content, in bulk."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from search import backends, indexing, registry


class Command(BaseCommand):
    help = "Rebuild the search index (database table, and the Elasticsearch indexes when configured)."

    def handle(self, *args, **options):
        quiet = options["verbosity"] == 0
        total = sum(adapter.public_queryset().count() for adapter in registry.adapters().values())
        with tqdm(total=total, desc="Search index", unit="object", disable=quiet) as bar:
            indexing.rebuild(progress=lambda adapter, count: bar.update(count))
        indexing.tidy()
        backend = backends.configured()
        if backend.name != "db":
            backend.rebuild(progress=None if quiet else self.stdout.write)
        if not quiet:
            self.stdout.write(self.style.SUCCESS(f"{total} objects indexed ({backend.name})."))
