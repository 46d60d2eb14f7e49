"""Run every rule against its own examples (like `vale test`), or the rule set against a corpus.

``manage.py test_guidelines`` checks each rule's good and bad examples. ``manage.py
test_guidelines --corpus [PATH]`` runs the enabled rules over a labelled corpus (default:
guidelines/corpus, every language) and prints precision and recall per rule, per category and
overall, the misses and the false positives; it fails below the recall or above the
false-positive limit (see guidelines/services/evaluation.py).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from guidelines.models import Rule
from guidelines.services import evaluation
from guidelines.services.engine import example_failures


def percent(value):
    return "–" if value is None else f"{value * 100:.1f} %"


class Command(BaseCommand):
    help = "Check every guideline rule against its good and bad examples; exit code 1 on any failure."

    def add_arguments(self, parser):
        parser.add_argument("codes", nargs="*", help=_("Only these rules (by code)."))
        parser.add_argument(
            "--corpus",
            nargs="?",
            const=str(evaluation.DEFAULT_CORPUS),
            default=None,
            metavar="PATH",
            help=_("Evaluate the enabled rules on a corpus file or folder (default: guidelines/corpus)."),
        )
        parser.add_argument(
            "--language",
            action="append",
            default=[],
            help=_("Only the corpus of this language (e.g. de, de-x-ls, en); may be repeated."),
        )
        parser.add_argument(
            "--min-recall",
            type=float,
            default=95.0,
            help=_("Fail when a corpus’s recall is below this many percent (default 95)."),
        )
        parser.add_argument(
            "--max-false-positives",
            type=int,
            default=0,
            help=_("Fail when a corpus has more false positives than this (default 0)."),
        )
        parser.add_argument("--field", default="body", help=_("Field name the sentences are checked as."))

    def handle(self, *args, codes=(), corpus=None, **options):
        if corpus is not None:
            return self.corpus(corpus, **options)
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

    # Corpus ----------------------------------------------------------------------------------

    def corpus(self, path, *, language=(), min_recall=95.0, max_false_positives=0, field="body", **options):
        try:
            files = evaluation.corpus_files(path, language)
            entries = [entry for file in files for entry in evaluation.load(file)]
        except evaluation.CorpusError as error:
            raise CommandError(str(error), returncode=2) from error
        result = evaluation.evaluate(entries, evaluation.configured_ruleset(), field_name=field)
        write = self.stdout.write

        write(_("Guideline corpus: %(files)s") % {"files": ", ".join(str(f) for f in files)})
        self.table(_("Per rule"), _("rule"), result.by_rule())
        self.table(_("Per category"), _("category"), result.by_category())
        self.table(_("Per corpus"), _("language"), result.by_language())
        write("")
        write(_("Misses (bad sentences not caught): %(count)d") % {"count": len(result.misses)})
        for item in result.misses:
            found = ", ".join(sorted({f"{f.rule_code} „{f.matched_text}“" for f in item.findings}))
            write(
                f"  {item.entry.source} [{item.entry.category}] „{item.entry.phrase}“: {item.entry.sentence}"
            )
            if found:
                write("      " + _("found elsewhere: %(found)s") % {"found": found})
        write(
            _("False positives (good sentences flagged): %(count)d") % {"count": len(result.false_positives)}
        )
        for item in result.false_positives:
            found = ", ".join(sorted({f"{f.rule_code} „{f.matched_text}“" for f in item.findings}))
            write(f"  {item.entry.source} [{item.entry.category}] {item.entry.sentence}")
            write(f"      {found}")

        total = result.total
        write("")
        write(
            _(
                "Overall: recall %(recall)s (%(caught)d of %(bad)d), precision %(precision)s, "
                "false positives %(fp)d of %(good)d"
            )
            % {
                "recall": percent(total.recall),
                "caught": total.caught,
                "bad": total.bad,
                "precision": percent(total.precision),
                "fp": total.false_positives,
                "good": total.good,
            }
        )
        failing = result.failures(min_recall / 100, max_false_positives)
        if failing:
            for name, tally in failing:
                write(
                    self.style.ERROR(
                        _(
                            "FAIL %(language)s: recall %(recall)s (minimum %(min)s %%), "
                            "false positives %(fp)d (maximum %(max)d)"
                        )
                        % {
                            "language": name,
                            "recall": percent(tally.recall),
                            "min": f"{min_recall:g}",
                            "fp": tally.false_positives,
                            "max": max_false_positives,
                        }
                    )
                )
            raise CommandError(
                _("Corpora below the gate: %(count)d.") % {"count": len(failing)},
                returncode=1,
            )
        write(self.style.SUCCESS(_("The rule set meets the corpus gate.")))

    def table(self, title, label, tallies):
        write = self.stdout.write
        write("")
        write(title)
        width = max([len(label), *(len(key) for key in tallies)])
        head = [_("caught"), _("bad"), _("recall"), _("false pos."), _("precision")]
        widths = [max(10, len(h)) for h in head]
        write(f"  {label:<{width}}  " + "  ".join(f"{h:>{w}}" for h, w in zip(head, widths, strict=True)))
        for key, tally in tallies.items():
            cells = [
                str(tally.caught),
                str(tally.bad),
                percent(tally.recall),
                str(tally.false_positives),
                percent(tally.precision),
            ]
            write(f"  {key:<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True)))
