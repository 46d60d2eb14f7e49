"""Server time and the slowest SQL (with EXPLAIN ANALYZE on PostgreSQL) of the finders and the
calendar, on a database seeded with ``seed_demo --quiet`` and ``seed_demo --scale 10000``.

Run: DATABASE_URL=postgres://... .venv/bin/python benchmarks/listings.py [--explain] [URL ...]
(settings portal.settings.dev; no page cache is involved, the requests go through the test client).
"""

import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

URLS = ["/hohenau/angebote/", "/angebote/?page=20", "/termine/", "/termine/?view=month", "/karte/"]
RUNS = 5


def measure(client, url, explain):
    assert client.get(url).status_code == 200, url  # warm the caches
    times = []
    for _run in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    slowest = sorted(queries.captured_queries, key=lambda query: -float(query["time"]))[:2]
    print(
        f"{url}: median {statistics.median(times):.0f} ms, {len(queries)} queries, "
        f"DISTINCT in {sum('DISTINCT' in q['sql'] for q in queries.captured_queries)}"
    )
    for query in slowest:
        print(f"  {float(query['time']) * 1000:.1f} ms: {query['sql'][:300]}")
        if explain and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN ANALYZE " + query["sql"])
                for (line,) in cursor.fetchall():
                    print("    " + line)


def main():
    settings.ALLOWED_HOSTS = ["*"]
    explain = "--explain" in sys.argv
    urls = [arg for arg in sys.argv[1:] if not arg.startswith("--")] or URLS
    client = Client()
    for url in urls:
        measure(client, url, explain)


if __name__ == "__main__":
    main()
