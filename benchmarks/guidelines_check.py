"""Check time of the full default rule set for 200, 2,000 and 20,000 words; prints the ratios.

Run: DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python benchmarks/guidelines_check.py
(uses an in-memory SQLite database with the default rules from the migration).
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

SENTENCES = [
    "Das Sprachcafé trifft sich jeden Dienstag im Gemeindehaus am Markt.",
    "Alle Teilnehmenden können ohne Anmeldung kommen und bringen Fragen mit.",
    "Die Beratung ist kostenlos, und Dolmetschende können vorher angefragt werden.",
    "Seit dem Sommer kamen viele Geflüchtete aus der Ukraine in den Landkreis.",
]


def text_of(words):
    out, count = [], 0
    while count < words:
        sentence = SENTENCES[len(out) % len(SENTENCES)]
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def main():
    from django.db import connection

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    call_command("update_translation_fields", verbosity=0)
    from guidelines.models import Rule
    from guidelines.services.engine import check_text, current_ruleset

    print(f"rules enabled: {Rule.objects.filter(enabled=True).count()}")
    current_ruleset().for_language("de")  # compile once, as a running server has
    check_text({"body": text_of(50)})
    results = {}
    for words in (200, 2000, 20000):
        body = text_of(words)
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            check_text({"body": body, "intro": body[:300], "title": "Sprachcafé"})
            runs.append((time.perf_counter() - started) * 1000)
        results[words] = min(runs)
        print(f"{words:>6} words: {results[words]:8.1f} ms (best of 5)")
    print(f"ratio 2,000/200: {results[2000] / results[200]:.1f} (10 = linear)")
    print(f"ratio 20,000/2,000: {results[20000] / results[2000]:.1f} (10 = linear)")
    print("target: <= 100 ms for 2,000 words:", "met" if results[2000] <= 100 else "NOT met")


if __name__ == "__main__":
    main()
