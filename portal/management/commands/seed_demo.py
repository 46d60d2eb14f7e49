import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portal import caching, demo, page_cache


class Command(BaseCommand):
    help = (
        "Load the demo county (idempotent). --scale N bulk-creates N offers and their share of towns, "
        "contact points and events for benchmarks (portal.demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=0, help="bulk-create this many items")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, scale, quiet, **options):
        if scale < 0:
            raise CommandError("--scale must be zero or a positive number.")
        scale_steps = demo.scale_steps() if scale else []
        if scale and not scale_steps:
            raise CommandError("No content type registers bulk demo data (--scale) yet.")
        steps = demo.steps()
        for step in tqdm(steps, desc="Demo data", unit="step", disable=quiet):
            step.func()
        for step in scale_steps:
            started = time.perf_counter()
            step.func(scale, progress=not quiet)
            self.stdout.write(f"Scale step {step.name}: {time.perf_counter() - started:.1f} s")
        if scale_steps:  # bulk inserts send no signals: nothing cached before them is current
            caching.new_page_tree_version()
            page_cache.clear()
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
