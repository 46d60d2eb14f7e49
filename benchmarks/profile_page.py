"""Where one page's server time goes: a page requested in-process (Django's test client, the settings
of DJANGO_SETTINGS_MODULE, the page cache off), profiled with cProfile over several requests.

    DATABASE_URL=postgres://…/kn_bench DJANGO_SETTINGS_MODULE=portal.settings.production \\
        .venv/bin/python benchmarks/profile_page.py / /hohenau/angebote/ --repeat 20

Prints per URL the mean time of a request under the profiler, the shares of the time spent in the
database (cursor execution), in template rendering (Django's template engine; it includes the
queries that run while a template renders) and in routing (portal.routing), and the functions
with the most time of their own.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (label, (a fragment of the function's file, its name)): the cumulative time of the outermost calls.
GROUPS = [
    ("database", ("django/db/backends/utils.py", "_execute")),
    ("templates", ("django/template/backends/django.py", "render")),
    ("routing", ("portal/routing.py", "route")),
]


def _cumulative(stats, fragment, name):
    """Cumulative seconds of calls of ``name`` in files containing ``fragment`` that are not called
    from another function of the same group (the outermost calls)."""
    total = 0.0
    for (filename, _line, function), (_cc, _nc, _tt, ct, callers) in stats.stats.items():
        if fragment in filename and function == name:
            outer = {
                caller: value
                for caller, value in callers.items()
                if not (fragment in caller[0] and caller[2] == name)
            }
            total += sum(value[3] for value in outer.values()) if outer else ct
    return total


def profile(client, url, repeat):
    client.get(url)  # warm: caches, compiled templates
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(repeat):
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    profiler.disable()
    elapsed = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    shares = {label: _cumulative(stats, fragment, name) for label, (fragment, name) in GROUPS}
    return response.status_code, elapsed / repeat, shares, elapsed, stats


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ["PAGE_CACHE_ENABLED"] = "false"
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import override_settings

    with override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=["*"], SECURE_SSL_REDIRECT=False):
        client = Client()
        for url in args.urls:
            status, mean, shares, elapsed, stats = profile(client, url, args.repeat)
            parts = ", ".join(f"{label} {100 * seconds / elapsed:.0f} %" for label, seconds in shares.items())
            print(f"\n{url} ({status}): {1000 * mean:.1f} ms per request (profiled); {parts}")
            stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
