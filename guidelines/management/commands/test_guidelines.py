"""Run every rule against its own examples: bad ones must be found, good ones must not (like `vale test`)."""

from django.core.management.base import BaseCommand, CommandError

from guidelines.models import Rule
from guidelines.services.engine import example_failures


class Command(BaseCommand):
    help = "Check every guideline rule against its good and bad examples; exit code 1 on any failure."

    def add_arguments(self, parser):
        parser.add_argument("codes", nargs="*", help="Only these rules (by code).")

    def handle(self, *args, codes=(), **options):
        rules = Rule.objects.all()
        if codes:
            rules = rules.filter(code__in=codes)
        failures = 0
        count = 0
        for rule in rules:
            count += 1
            missed, wrongly = example_failures(rule)
            for example in missed:
                failures += 1
                self.stdout.write(f"FAIL {rule.code}: bad example not found: {example}")
            for example in wrongly:
                failures += 1
                self.stdout.write(f"FAIL {rule.code}: good example found: {example}")
        if failures:
            raise CommandError(f"{failures} example(s) failed in {count} rule(s).", returncode=1)
        self.stdout.write(self.style.SUCCESS(f"{count} rules: all examples pass."))
