"""Search benchmark: p50/p95 server time per backend and requests/s against a trivial view.

Run on PostgreSQL (creates and drops test_<name>):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_db \\
        .venv/bin/python benchmarks/search.py --scale 10000 [--elasticsearch]
--elasticsearch also measures the Elasticsearch backend against an osmem-server it starts.
Targets (issue 5): PostgreSQL p95 <= 60 ms; search page >= 10 % of the trivial view's requests/s.
"""

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402

from portal.urls import urlpatterns as portal_urlpatterns  # noqa: E402

urlpatterns = [path("bench/trivial", lambda request: HttpResponse("ok")), *portal_urlpatterns]

QUERIES = [
    ("", {"q": "Sprachkurs"}),
    ("", {"q": "Beratunk"}),
    ("", {"q": "Angebot 00042"}),
    ("", {"q": "Kita"}),
    ("", {"q": ""}),
    ("", {"q": "Deutsch lernen", "free": "yes"}),
    ("/ar", {"q": "Angebot"}),
    ("/en", {"q": "course"}),
]


def measure(client, requests, rounds):
    times = []
    for _ in range(rounds):
        for url, params in requests:
            start = time.perf_counter()
            response = client.get(url, params)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, (url, params, response.status_code)
    return times


def report(name, times):
    times = sorted(times)
    p50 = statistics.median(times) * 1000
    p95 = times[int(len(times) * 0.95) - 1] * 1000
    rate = len(times) / sum(times)
    print(f"{name:<24} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   {rate:8.1f} req/s")
    return rate, p95


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--elasticsearch", action="store_true")
    args = parser.parse_args()

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import (
        override_settings,
        setup_databases,
        setup_test_environment,
        teardown_databases,
    )

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        call_command("update_translation_fields", verbosity=0)
        started = time.perf_counter()
        call_command("seed_demo", quiet=True)
        call_command("seed_demo", scale=args.scale, quiet=True)
        print(f"{connection.vendor}: seeded {args.scale} offers in {time.perf_counter() - started:.0f} s")
        client = Client()
        searches = [(f"{prefix}/suche/", params) for prefix, params in QUERIES]
        with override_settings(ROOT_URLCONF=__name__):
            measure(client, searches, 1)  # warm up
            trivial, _p = report("trivial view", measure(client, [("/bench/trivial", {})], args.rounds * 20))
            rate, p95 = report(f"search db ({connection.vendor})", measure(client, searches, args.rounds))
            print(
                f"  ratio to trivial view: {rate / trivial:.1%}   "
                f"p95 target 60 ms: {'ok' if p95 <= 60 else 'MISSED'}"
            )
            if args.elasticsearch:
                from osmem_server import OsmemServer

                server = OsmemServer.start()
                try:
                    with override_settings(SEARCH_BACKEND="elasticsearch", ELASTICSEARCH_URL=server.url):
                        call_command("rebuild_search", verbosity=0)
                        measure(client, searches, 1)
                        rate, _p = report("search elasticsearch", measure(client, searches, args.rounds))
                        print(f"  ratio to trivial view: {rate / trivial:.1%} (osmem, not a real cluster)")
                finally:
                    server.stop()
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
