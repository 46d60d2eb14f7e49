"""Speed at county scale: every public page type under gunicorn, as a share of the framework's floor.

    make bench                       (or: .venv/bin/python benchmarks/bench.py [options])
    make bench BENCH_ARGS="--scale 1000 --seconds 5"
    make bench BENCH_ARGS=--quick    (tiny data set, 2 s per URL: does it all work?)

1. The data set: a database of its own (``--database``, default kn_bench) on the PostgreSQL
   server of PG_URL, migrated, with the demo county (``seed_demo``) and ``seed_demo --scale N``
   (``--scale``, default 10,000 offers). A marker table (bench_dataset: scale and a fingerprint of
   the demo code and migrations) lets the next run reuse it; ``--rebuild`` builds it again.
2. The servers, on 127.0.0.1 ports from ``--port`` (default 8170: portal, floor, redis, front
   cache): gunicorn with 2 sync workers, ``portal.settings.production`` and a private
   redis-server (or ``--redis-url``, e.g. a db of a shared Redis, which is flushed); and the floor,
   a one-view Django app (benchmarks/floor_app.py) under the same gunicorn options.
3. Each pass measures every page with wrk (one thread, ``--connections`` 4, ``--seconds`` 10 per
   URL; p95 from wrk's Lua hook): the floor before and after the pages and for half as long
   right before each page (its share is of that adjacent floor: the load of other processes
   drifts), the pages, the search
   with a realistic query mix (Zipf s=1.1 over a vocabulary of the portal's topics in its
   languages, a fifth unique made-up compounds: search_mix below). Passes (``--passes``):
   - uncached: ``PAGE_CACHE=0`` in the servers' environment (the page cache off);
   - cached: ``PAGE_CACHE=1``, every URL fetched once before it is measured (cache warm);
   - front: through the front cache of benchmarks/front_cache_servers.py, if that module
     exists (the hook is front_cache_pass below).
4. Per page: requests/s, p50/p95, the share of the floor against its target (uncached >= 10 %,
   cached and front >= 50 %; search also p95 <= 60 ms), database queries of one request (one
   in-process request with Django's test client under the same settings, after one warm-up
   request, so per-process caches are warm as in a worker) and the largest worker RSS after
   the URL's run. Printed and written to benchmarks/results.md (``--output``); sections of
   other scales already in that file are kept, so runs at 1,000 and 10,000 show the growth.

Nothing else is touched: the test database, other databases and other Redis dbs stay as they are.
"""

import argparse
import contextlib
import datetime
import glob
import hashlib
import http.client
import json
import math
import os
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from resilience import ROOT, Gunicorn, Redis, log, manage, shell, wait_for_port  # noqa: E402

PG_URL = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432/test")
WORKERS = 2
UNCACHED_TARGET = 0.10  # share of the floor (issue 18)
CACHED_TARGET = 0.50
SEARCH_P95_MS = 60

# --- the search mix --------------------------------------------------------------------------

# What people search for on a county's integration portal, most frequent first (the rank of
# the Zipf distribution), in the portal's languages; typos and variants as real logs have them.
VOCABULARY = [
    ("de", "Deutschkurs"),
    ("de", "Sprachkurs"),
    ("de", "Beratung"),
    ("de", "Kita"),
    ("de", "Integrationskurs"),
    ("de", "Wohnung"),
    ("de", "Arbeit"),
    ("de", "Migrationsberatung"),
    ("en", "German course"),
    ("de", "Sprachcafé"),
    ("de", "Jobcenter"),
    ("ar", "دورة لغة"),
    ("de", "Ausländerbehörde"),
    ("uk", "курс німецької"),
    ("de", "Hausaufgabenhilfe"),
    ("de", "Kinderbetreuung"),
    ("tr", "Almanca kursu"),
    ("de", "Deutsch lernen"),
    ("de", "Frauencafé"),
    ("de", "Sprachkurse"),
    ("ru", "курсы немецкого"),
    ("de", "Anerkennung"),
    ("en", "counselling"),
    ("de", "Bewerbung"),
    ("fa", "کلاس زبان"),
    ("de", "Beratunk"),
    ("de", "Kindergarten"),
    ("de", "Schwangerschaftsberatung"),
    ("uk", "консультація"),
    ("de", "Schuldnerberatung"),
    ("de", "Arzt"),
    ("de", "Dolmetscher"),
    ("ar", "استشارة"),
    ("de", "Sprachkurz"),
    ("de", "Einbürgerung"),
    ("de", "Tafel"),
    ("en", "housing"),
    ("de", "Kleiderkammer"),
    ("de", "Fahrradwerkstatt"),
    ("de", "Computerkurs"),
    ("tr", "danışmanlık"),
    ("de", "Alphabetisierung"),
    ("de", "Elterncafé"),
    ("de", "Jugendtreff"),
    ("uk", "житло"),
    ("de", "Schwimmkurs"),
    ("de", "Rechtsberatung"),
    ("de", "Asyl"),
    ("de", "Aufenthalt"),
    ("en", "job"),
    ("de", "Führerschein"),
    ("de", "Nähcafé"),
    ("ru", "консультация"),
    ("de", "psychologische Beratung"),
    ("de", "Frauen"),
    ("de", "Familie"),
    ("de", "Ehrenamt"),
    ("de", "Gesundheit"),
    ("ar", "سكن"),
    ("de", "Kinder"),
    ("de", "Sport"),
    ("de", "Musik"),
    ("de", "Behördengang"),
    ("de", "Berufsabschluss anerkennen"),
    ("en", "kindergarten"),
    ("de", "Sprachmittlung"),
    ("de", "Nachhilfe"),
    ("de", "Mietrecht"),
    ("tr", "iş"),
    ("de", "Angebot"),
]
SEARCH_FILTERS = [{"free": "yes"}, {"type": "offer"}, {"type": "event"}]
# Parts of made-up compounds: the long tail of queries nobody asked before.
COMPOUND_PARTS = [
    ["Nachbarschafts", "Sprach", "Eltern", "Frauen", "Jugend", "Senioren", "Familien", "Kultur",
     "Fahrrad", "Garten", "Koch", "Näh", "Lern", "Spiel", "Bewegungs", "Musik", "Lese", "Mal"],
    ["förder", "hilfe", "paten", "treff", "lotsen", "werk", "begegnungs", "bildungs", "beratungs",
     "wander", "schwimm", "tanz", "computer", "theater", "foto", "handwerks"],
    ["gruppe", "kurs", "café", "stunde", "abend", "projekt", "angebot", "werkstatt", "runde",
     "tag", "zentrum", "netz", "büro", "club", "kreis", "woche"],
]  # fmt: skip


def zipf_weights(count, exponent=1.1):
    """Probabilities of ranks 1..count under a Zipf distribution with that exponent."""
    raw = [1 / rank**exponent for rank in range(1, count + 1)]
    total = sum(raw)
    return [weight / total for weight in raw]


def unique_compound(rng, taken):
    """A made-up compound that is not in ``taken`` (and is then added to it)."""
    while True:
        parts = [rng.choice(choices) for choices in COMPOUND_PARTS]
        if rng.random() < 0.5:
            parts.insert(1, rng.choice(COMPOUND_PARTS[1]))
        word = "".join(parts).capitalize()
        if word not in taken:
            taken.add(word)
            return word


def search_mix(count, *, seed=18, exponent=1.1, unique_share=0.2, vocabulary=VOCABULARY):
    """``count`` search requests ``(language, params)``: Zipf-drawn from ``vocabulary`` (rank =
    position), ``unique_share`` of them unique made-up compounds; some with a filter or page 2."""
    rng = random.Random(seed)
    weights = zipf_weights(len(vocabulary), exponent)
    taken = {query for _language, query in vocabulary}
    mix = []
    for _number in range(count):
        if rng.random() < unique_share:
            language, query = "de", unique_compound(rng, taken)
        else:
            language, query = rng.choices(vocabulary, weights)[0]
        params = {"q": query}
        draw = rng.random()
        if draw < 0.10:
            params.update(rng.choice(SEARCH_FILTERS))
        elif draw < 0.15:
            params["page"] = "2"
        mix.append((language, params))
    return mix


@dataclass
class Search:
    paths: list  # the requests of the run, in order
    warm: list  # the distinct requests of the vocabulary (not the unique ones): warmed in the cached pass


def search_paths(mix, search_urls, vocabulary=VOCABULARY):
    """The request paths of a mix; ``search_urls`` maps a language to its search page's path."""
    known = {query for _language, query in vocabulary}
    paths, warm = [], set()
    for language, params in mix:
        paths.append(f"{search_urls[language]}?{urllib.parse.urlencode(params)}")
        if params["q"] in known:
            warm.add(paths[-1])
    return Search(paths, sorted(warm))


# --- wrk ---------------------------------------------------------------------------------------

# Appended to every wrk script: one line with what the standard output lacks (p95, errors).
WRK_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d "
    .. "connect=%d read=%d write=%d status=%d timeout=%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"""
# Requests from a file of paths, one per line, in order (wraps around).
WRK_PATHS = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter - 1) % #paths + 1])
end
"""


@dataclass
class Measurement:
    requests_per_second: float
    p50_ms: float
    p95_ms: float
    requests: int = 0
    errors: int = 0  # non-2xx/3xx answers, connection errors, time-outs
    raw: dict = field(default_factory=dict)


def parse_wrk(output):
    """wrk's output (with the WRK_DONE line) as a Measurement."""
    values = {}
    line = re.search(r"^BENCH (.*)$", output, re.MULTILINE)
    if line:
        values = {key: int(value) for key, value in re.findall(r"(\w+)=(\d+)", line.group(1))}
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if rate:
        requests_per_second = float(rate.group(1))
    elif values.get("duration_us"):
        requests_per_second = values["requests"] / values["duration_us"] * 1e6
    else:
        raise ValueError("no requests/s in the wrk output")
    if "p50_us" in values:
        p50 = values["p50_us"] / 1000
    else:
        p50 = _duration_ms(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    errors += sum(values.get(key, 0) for key in ("connect", "timeout"))
    requests = values.get("requests")
    if requests is None:
        total = re.search(r"^\s+(\d+) requests in", output, re.MULTILINE)
        requests = int(total.group(1)) if total else 0
    return Measurement(
        requests_per_second,
        p50,
        values["p95_us"] / 1000 if "p95_us" in values else math.nan,
        requests,
        errors,
        values,
    )


def _duration_ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(port, path, seconds, connections, workdir, paths=None):
    """Load ``path`` (or the file of ``paths``) for ``seconds``; a Measurement."""
    script = os.path.join(workdir, "bench.lua")
    env = dict(os.environ)
    with open(script, "w") as out:
        if paths:
            env["BENCH_PATHS"] = os.path.join(workdir, "paths.txt")
            with open(env["BENCH_PATHS"], "w") as lines:
                lines.write("\n".join(paths) + "\n")
            out.write(WRK_PATHS)
        out.write(WRK_DONE)
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "30s",
        "--latency",
        "-s",
        script,
    ]
    command.append(f"http://127.0.0.1:{port}{path}")
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return parse_wrk(result.stdout)


# --- the data set ------------------------------------------------------------------------------


def server_url(pg_url=PG_URL):
    """PG_URL without its database: postgres://user@host:port."""
    parts = urllib.parse.urlsplit(pg_url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def fingerprint():
    """Changes when the demo data or the schema would: demo modules, seed_demo, migrations."""
    digest = hashlib.sha256()
    names = glob.glob(os.path.join(ROOT, "*", "demo*.py")) + glob.glob(
        os.path.join(ROOT, "*", "migrations", "0*.py")
    )
    names.append(os.path.join(ROOT, "portal", "management", "commands", "seed_demo.py"))
    for name in sorted(names):
        digest.update(os.path.relpath(name, ROOT).encode())
        with open(name, "rb") as source:
            digest.update(source.read())
    return digest.hexdigest()[:16]


def psql(database, command, server=None):
    out = subprocess.run(
        ["psql", f"{server or server_url()}/{database}", "-qAt", "-v", "ON_ERROR_STOP=1", "-c", command],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def dataset_marker(database):
    """(scale, fingerprint) the database was built with, or None."""
    exists = psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{database}'")  # noqa: S608 - a checked name
    if not exists:
        return None
    row = psql(database, "SELECT to_regclass('bench_dataset') IS NOT NULL")
    if row != "t":
        return None
    scale, _sep, print_ = psql(database, "SELECT scale || ' ' || fingerprint FROM bench_dataset").partition(
        " "
    )
    return int(scale), print_


def build_dataset(env, database, scale):
    log(f"building the data set in {database}: migrate, demo county, seed_demo --scale {scale}")
    started = time.monotonic()
    psql("postgres", f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    psql("postgres", f'CREATE DATABASE "{database}"')
    manage(env, "migrate", "--noinput")
    manage(env, "update_translation_fields")
    manage(env, "seed_demo", "--quiet")
    if scale:
        manage(env, "seed_demo", "--scale", str(scale), "--quiet")
    psql(database, "CREATE TABLE bench_dataset (scale integer, fingerprint text, built_at timestamptz)")
    psql(database, f"INSERT INTO bench_dataset VALUES ({int(scale)}, '{fingerprint()}', now())")  # noqa: S608 - hex
    psql(database, "VACUUM ANALYZE")
    log(f"data set built in {time.monotonic() - started:.0f} s")


# --- the pages ---------------------------------------------------------------------------------

DISCOVER = r"""
import json, math
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from events.models import EventIndexPage, EventPage
from home.models import TownPage
from offers.models import ContactPointPage, OfferIndexPage, OfferPage
from organisations.models import Organisation
from portal.listing import PAGE_SIZE
from stories.models import StoryPage
translation.activate("de")

def first(queryset):
    page = queryset.order_by("path").first()
    return page.url if page else None

county_finder = OfferIndexPage.objects.live().filter(depth=3).first()
town_finders = OfferIndexPage.objects.live().filter(depth=4)
town_finder = max(town_finders, key=lambda finder: finder.numchild)
offers = OfferPage.objects.live().count()
late = max(1, min(20, math.ceil(offers / PAGE_SIZE)))
category = OfferPage.categories.through.objects.values_list("category__parent__slug", flat=True).first()
calendar = EventIndexPage.objects.live().filter(depth=3).first()
urls = {
    "home": "/",
    "town": first(TownPage.objects.live()),
    "town finder": town_finder.url,
    "town finder, filtered": f"{town_finder.url}?category={category}&free=on",
    "county finder": county_finder.url,
    "county finder, filtered": f"{county_finder.url}?category={category}&free=on&language=ar",
    f"late page (?page={late})": f"{county_finder.url}?page={late}",
    "offer detail": first(OfferPage.objects.live().child_of(town_finder).filter(title__startswith="Angebot")),
    "contact point detail": first(ContactPointPage.objects.live()),
    "event detail": first(EventPage.objects.live()),
    "calendar (list)": calendar.url,
    "calendar (month)": f"{calendar.url}?view=month",
    "map GeoJSON": reverse("places_geojson"),
    "search (Zipf mix)": "SEARCH",  # bench.SEARCH
    "calendar feed (.ics)": reverse("calendar_all"),
    "open data (CSV)": reverse("open_data_export", kwargs={"dataset": "offers", "fmt": "csv"}),
    "story": first(StoryPage.objects.live()),
    "statistics": reverse("statistics"),
}
search = {}
for code, _name in settings.LANGUAGES:
    with translation.override(code):
        search[code] = reverse("search")
counts = {
    "towns": TownPage.objects.count(),
    "offers": offers,
    "events": EventPage.objects.count(),
    "contact points": ContactPointPage.objects.count(),
    "organisations": Organisation.objects.count(),
    "pages": Page.objects.count(),
}
print(json.dumps({"urls": {k: v for k, v in urls.items() if v}, "search": search, "counts": counts}))
"""

# One request in-process (Django's test client, the servers' settings and environment): its
# queries and its time. A page is fetched once before (the per-process caches of a worker that
# served it before; in the cached pass the page cache); the search's queries are not (each
# query of the mix once, after one other query): its result cache stays as cold as in the run.
PROFILE = r"""
import gc, json, os, statistics, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
pages = json.loads(os.environ["BENCH_URLS"])
for paths in pages.values():
    client.get(paths[0])
gc.freeze()  # as portal/wsgi.py
found = {}
for name, paths in pages.items():
    numbers, times = [], []
    for path in paths[1:] if len(paths) > 1 else paths * 7:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            if response.streaming:  # the CSV, the .ics: their rows are read while streamed
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - started) * 1000)
        numbers.append(len(queries) if response.status_code == 200 else -response.status_code)
    queries = round(statistics.mean(numbers), 1) if min(numbers) >= 0 else min(numbers)
    # one page: the fastest of 7 (the least disturbed by other processes); the search: the median
    # of the mix's queries (each differs)
    ms = statistics.median(times) if len(paths) > 1 else min(times)
    found[name] = {"queries": queries, "ms": round(ms, 1)}
print(json.dumps(found))
"""


def profile(env, urls, search):
    """{page: {"queries": n, "ms": server time}} of one request per page (search: 20 of the mix)."""
    pages = {name: search.paths[:21] if path == SEARCH else [path] for name, path in urls.items()}
    return json.loads(shell({**env, "BENCH_URLS": json.dumps(pages)}, PROFILE))


def worker_rss_mb(master_pid):
    """The largest VmRSS of the gunicorn master's workers, in MB."""
    children = []
    with contextlib.suppress(OSError), open(f"/proc/{master_pid}/task/{master_pid}/children") as listing:
        children = [int(pid) for pid in listing.read().split()]
    sizes = []
    for pid in children:
        with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as status:
            match = re.search(r"^VmRSS:\s+(\d+) kB", status.read(), re.MULTILINE)
            if match:
                sizes.append(int(match.group(1)) / 1024)
    return max(sizes, default=math.nan)


def wait_for_ok(port, path, seconds=60):
    deadline = time.monotonic() + seconds
    while fetch(port, path)[0] != 200:
        if time.monotonic() > deadline:
            raise RuntimeError(f"port {port}: {path} not 200 after {seconds} s")
        time.sleep(0.2)


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


# --- the passes --------------------------------------------------------------------------------


@dataclass
class Row:
    page: str
    path: str
    result: Measurement
    queries: float | None = None
    rss_mb: float = math.nan
    server_ms: float = math.nan  # one request in-process (PROFILE)
    search: bool = False  # the search mix: its p95 has a target too
    static: Measurement | None = None  # the same HTML as a static file (front-cache pass)
    floor: Measurement | None = None  # the floor measured right before the page


@dataclass
class Pass:
    name: str
    target: float
    floor_before: Measurement
    floor_after: Measurement | None = None
    rows: list = field(default_factory=list)
    note: str = ""

    @property
    def floor(self):
        after = self.floor_after or self.floor_before
        return (self.floor_before.requests_per_second + after.requests_per_second) / 2


def page_cache_env(on):
    """The page cache on or off (PAGE_CACHE_ENABLED of the production settings; PAGE_CACHE too)."""
    return {"PAGE_CACHE": "1" if on else "0", "PAGE_CACHE_ENABLED": "true" if on else "false"}


class App(Gunicorn):
    """gunicorn with sync workers on a given port (benchmarks/resilience.py's server)."""

    def __init__(self, env, port, app="portal.wsgi:application", **extra):
        super().__init__(env, workers=WORKERS, extra_env=extra, app=app, threads=1, port=port)


SEARCH = "SEARCH"  # the search page's place in the URLs: its requests are the mix


def measure_pass(name, target, env, ports, args, urls, search, workdir, warm=False, front=None, static=None):
    """Floor, every page, floor again; ``front`` (a port) sends the pages through a front cache,
    ``static`` (with ``port`` and ``root``) serves each page's HTML as a file to compare with."""
    floor_env = {**env, "DJANGO_SETTINGS_MODULE": "benchmarks.floor_app"}
    floor = App(floor_env, ports["floor"], app="benchmarks.floor_app:application")
    app = App(env, ports["app"], **page_cache_env(warm))
    result = None
    try:
        floor.start()
        app.start()
        wait_for_port(app.port)
        if front:
            wait_for_ok(front, "/healthz")  # the front cache's probes have seen the app server
        log(f"{name}: floor")
        fetch(floor.port, "/")
        result = Pass(name, target, wrk(floor.port, "/", args.seconds, args.connections, workdir))
        port = front or app.port
        for page, path in urls.items():
            paths = search.paths if path == SEARCH else None
            shown = f"{search.paths[0].split('?')[0]}?q=… (mix)" if paths else path
            for warm_path in (search.warm if warm else search.paths[:1]) if paths else [path]:
                status, body = fetch(port, warm_path)
                if status != 200:
                    raise RuntimeError(f"{warm_path}: HTTP {status}")
            adjacent = wrk(floor.port, "/", max(1, args.seconds // 2), args.connections, workdir)
            measured = wrk(port, paths[0] if paths else path, args.seconds, args.connections, workdir, paths)
            row = Row(page, shown, measured, rss_mb=worker_rss_mb(app.process.pid), search=bool(paths))
            row.floor = adjacent
            if static:
                name_of_file = f"bench-{len(result.rows)}.html"
                with open(os.path.join(static.root, name_of_file), "wb") as copy:
                    copy.write(body)
                row.static = wrk(static.port, f"/{name_of_file}", args.seconds, args.connections, workdir)
            result.rows.append(row)
            log(f"{name}: {page:28} {measured.requests_per_second:8.1f} req/s  p95 {measured.p95_ms:7.1f} ms")
        result.floor_after = wrk(floor.port, "/", args.seconds, args.connections, workdir)
        log(f"{name}: queries and server time of one request per page")
        found = profile({**env, **page_cache_env(warm)}, urls, search)
        for row in result.rows:
            row.queries, row.server_ms = found[row.page]["queries"], found[row.page]["ms"]
    finally:
        app.stop()
        floor.stop()
    return result


# --- the report --------------------------------------------------------------------------------


def pass_table(result):
    """The Markdown table of one pass."""
    static = any(row.static for row in result.rows)
    lines = [
        "| page | URL | req/s | p50 ms | p95 ms | floor req/s | share of floor | "
        + ("static file req/s | share of static | " if static else "")
        + "target | | queries | server ms | worker RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|" + ("---:|---:|" if static else "") + "---:|---|---:|---:|---:|",
    ]
    for row in result.rows:
        measured = row.result
        floor = adjacent_floor(result, row)
        share = share_of_floor(result, row)
        passed = share >= result.target and not measured.errors
        target = f"≥ {result.target:.0%}"
        static_cells = ""
        if static:
            rate = row.static.requests_per_second if row.static else math.nan
            of_static = measured.requests_per_second / rate if rate else math.nan
            static_cells = f"{rate:.1f} | {_share(of_static)} | "
            passed = of_static >= result.target and not measured.errors  # of the static file
            target += " of static"
        if row.search:
            target += f", p95 ≤ {SEARCH_P95_MS} ms"
            passed = passed and measured.p95_ms <= SEARCH_P95_MS
        verdict = "pass" if passed else "**miss**"
        if measured.errors:
            verdict += f" ({measured.errors} errors)"
        if not measured.requests:
            verdict += " (no answer in time)"
        queries = (
            ""
            if row.queries is None
            else (f"HTTP {-row.queries:g}" if row.queries < 0 else f"{row.queries:g}")
        )
        rss = "" if math.isnan(row.rss_mb) else f"{row.rss_mb:.0f}"
        lines.append(
            f"| {row.page} | `{row.path}` | {measured.requests_per_second:.1f} | {measured.p50_ms:.1f} | "
            f"{measured.p95_ms:.1f} | {floor:.0f} | {_share(share)} | {static_cells}{target} | {verdict} | "
            f"{queries} | {row.server_ms:.1f} | {rss} |"
        )
    return "\n".join(lines)


def adjacent_floor(result, row):
    """The floor's requests/s next to the page (measured right before it; else the pass's)."""
    return row.floor.requests_per_second if row.floor else result.floor


def share_of_floor(result, row):
    floor = adjacent_floor(result, row)
    return row.result.requests_per_second / floor if floor else math.nan


def _share(share):
    return f"{share:.2%}" if share < 0.1 else f"{share:.1%}"


def floor_line(result):
    after = result.floor_after or result.floor_before
    return (
        f"Floor (benchmarks/floor_app.py): {result.floor:.0f} req/s "
        f"(before the pages {result.floor_before.requests_per_second:.0f}, "
        f"after {after.requests_per_second:.0f}; "
        f"p50 {result.floor_before.p50_ms:.1f} ms)."
    )


def section(scale, counts, passes, args):
    """The results.md section of one scale."""
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    data = ", ".join(f"{number:,} {name}" for name, number in counts.items())
    lines = [
        f"## Scale {scale:,}",
        "",
        f"Measured {today} on {os.cpu_count()} cores ({_cpu()}); data: {data}. gunicorn {WORKERS} sync "
        f"workers, portal.settings.production, PostgreSQL and Redis on this machine; wrk 1 thread, "
        f"{args.connections} connections, {args.seconds} s per URL; load average {_load()} at the end (other "
        "processes on the machine make requests/s and times noisy; the share of the floor less so).",
    ]
    for result in passes:
        lines += ["", f"### {result.name}", ""]
        if result.note:
            lines += [result.note, ""]
        lines += [floor_line(result), "", pass_table(result)]
    return "\n".join(lines) + "\n"


def _load():
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def _cpu():
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as info:
        match = re.search(r"^model name\s*:\s*(.+)$", info.read(), re.MULTILINE)
        if match:
            return match.group(1).strip()
    return "unknown CPU"


RESULTS_HEADER = """# make bench: results

Written by benchmarks/bench.py (`make bench`, README "Speed"). Requests/s are noise on a shared
machine; the share of the floor (a one-view Django app under the same gunicorn, same run) is
the figure; each page's share is of the floor measured right before it ("floor req/s").
Targets (issue 18): uncached >= 10 % of the floor, cached and front cache >= 50 %,
search p95 <= 60 ms. Queries and server ms: in-process after a warm-up request, the fastest of
7 requests (search: mean queries and median time of 20 requests of the mix). Worker RSS: the
larger gunicorn worker after the URL's run.
"""


def summary(passes):
    """The figures of a run per pass and page, as stored in results.json."""
    return {
        result.name: {
            row.page: {
                "requests_per_second": row.result.requests_per_second,
                "share": share_of_floor(result, row),
                "p50_ms": row.result.p50_ms,
                "p95_ms": row.result.p95_ms,
                "queries": row.queries,
                "server_ms": row.server_ms,
            }
            for row in result.rows
        }
        for result in passes
    }


def growth(runs, which="uncached"):
    """Markdown: each page's server time and queries at the smallest and the largest scale."""
    scales = sorted(int(scale) for scale, run in runs.items() if which in run["summary"])
    if len(scales) < 2:
        return ""
    small, large = (runs[str(scale)]["summary"][which] for scale in (scales[0], scales[-1]))
    lines = [
        f"## Growth with the data ({which}, {scales[0]:,} and {scales[-1]:,} offers)",
        "",
        "Target: the same time (±20 %) and the same queries at both scales.",
        "",
        f"| page | server ms at {scales[0]:,} | at {scales[-1]:,} | change | queries at {scales[0]:,} "
        f"| at {scales[-1]:,} | |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for page, before in small.items():
        after = large.get(page)
        if not after:
            continue
        change = after["server_ms"] / before["server_ms"] - 1 if before["server_ms"] else math.nan
        kept = abs(change) <= 0.2 and after["queries"] == before["queries"]
        lines.append(
            f"| {page} | {before['server_ms']:.1f} | {after['server_ms']:.1f} | {change:+.0%} | "
            f"{before['queries']:g} | {after['queries']:g} | {'pass' if kept else '**miss**'} |"
        )
    return "\n".join(lines) + "\n"


def write_results(path, scale, text, figures):
    """Store this run's section and figures under its scale in ``path`` and the JSON beside it
    (runs at other scales stay: the growth with the data), and write ``path`` from them."""
    store = os.path.splitext(path)[0] + ".json"
    runs = {}
    if os.path.exists(store):
        with open(store) as existing:
            runs = json.load(existing)
    runs[str(scale)] = {"section": text, "summary": figures}
    with open(store, "w") as out:
        json.dump(runs, out, indent=1, ensure_ascii=False, sort_keys=True)
    with open(path, "w") as out:
        out.write(RESULTS_HEADER)
        table = growth(runs)
        if table:
            out.write("\n" + table)
        for number in sorted(runs, key=int):
            out.write("\n" + runs[number]["section"])


# --- the front cache hook ----------------------------------------------------------------------


@dataclass
class StaticFiles:
    port: int
    root: str


def front_cache_pass(env, ports, args, urls, search, workdir):
    """Through the front cache, if benchmarks/front_cache_servers.py provides one.

    Expected there: ``front_cache(upstream_ports, port, workdir)``, a context manager yielding
    an object with ``port`` (the cache in front of the app servers) and, optionally,
    ``static_port`` and ``static_root`` (nginx serving the files of that directory: each page's
    HTML is written there and measured as a file, the target's reference). The app server runs
    with the page cache on, as in production.
    """
    try:
        import front_cache_servers  # type: ignore[import-not-found]
    except ImportError:
        log("front: no benchmarks/front_cache_servers.py, skipped")
        return None
    with front_cache_servers.front_cache([ports["app"]], ports["front"], workdir) as front:
        static = None
        if getattr(front, "static_port", None):
            static = StaticFiles(front.static_port, front.static_root)
        result = measure_pass(
            "front cache", CACHED_TARGET, env, ports, args, urls, search, workdir, True, front.port, static
        )
    result.note = "Through the front cache (benchmarks/front_cache_servers.py) in front of the app server."
    return result


# --- main --------------------------------------------------------------------------------------


def bench_env(workdir, database, redis_url, port):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=f"{server_url()}/{database}",
        REDIS_URL=redis_url,
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        SECURE_SSL_REDIRECT="false",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        MEDIA_ROOT=os.path.join(workdir, "media"),
        STATIC_ROOT=os.path.join(workdir, "static"),
        SEARCH_BACKEND="db",
        RESILIENCE_DIR=workdir,  # gunicorn's log
        **page_cache_env(False),
    )
    env.pop("DATABASE_CONN_MAX_AGE", None)
    return env


def flush_redis(url):
    import redis

    redis.Redis.from_url(url).flushdb()


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scale", type=int, default=10000, help="offers of seed_demo --scale (default 10000)"
    )
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per URL (default 10)")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections (default 4)")
    parser.add_argument("--quick", action="store_true", help="scale 100, 2 s per URL, results not written")
    parser.add_argument("--rebuild", action="store_true", help="build the data set even if it matches")
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE", "kn_bench"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8170")))
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL"), help="default: a private redis-server"
    )
    parser.add_argument("--passes", default="uncached,cached,front", help="uncached,cached,front")
    parser.add_argument("--output", default=os.path.join(ROOT, "benchmarks", "results.md"))
    args = parser.parse_args(argv)
    if not re.fullmatch(r"[a-z0-9_]+", args.database):
        parser.error("--database: lower-case letters, digits and _ only")
    if args.quick:
        args.scale, args.seconds = 100, 2
        args.database = args.database + "_quick" if args.database == "kn_bench" else args.database
    return args


def main(argv=None):
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    started = time.monotonic()
    ports = {"app": args.port, "floor": args.port + 1, "redis": args.port + 2, "front": args.port + 3}
    workdir = tempfile.mkdtemp(prefix="kreisnetz-bench-")
    redis = None
    try:
        if args.redis_url:
            redis_url = args.redis_url
        else:
            redis = Redis()
            redis.port, redis.url = ports["redis"], f"redis://127.0.0.1:{ports['redis']}/0"
            redis.start()
            redis_url = redis.url
        env = bench_env(workdir, args.database, redis_url, ports["app"])
        if args.rebuild or dataset_marker(args.database) != (args.scale, fingerprint()):
            build_dataset(env, args.database, args.scale)
        else:
            log(f"reusing the data set in {args.database} (scale {args.scale})")
        log("static files")
        manage(env, "collectstatic", "--noinput")
        found = json.loads(shell(env, DISCOVER))
        urls = found["urls"]
        search = search_paths(search_mix(30000), found["search"])
        passes = []
        wanted = args.passes.split(",")
        for name, target, warm in (("uncached", UNCACHED_TARGET, False), ("cached", CACHED_TARGET, True)):
            if name in wanted:
                flush_redis(redis_url)
                passes.append(measure_pass(name, target, env, ports, args, urls, search, workdir, warm))
                passes[-1].note = f"`PAGE_CACHE_ENABLED={str(warm).lower()}` in the servers' environment" + (
                    "; every URL fetched once before it is measured (the search's unique queries not)."
                    if warm
                    else "."
                )
        if "front" in wanted:
            flush_redis(redis_url)
            front = front_cache_pass(env, ports, args, urls, search, workdir)
            if front:
                passes.append(front)
        text = section(args.scale, found["counts"], passes, args)
        print()
        print(text)
        if not args.quick:
            write_results(args.output, args.scale, text, summary(passes))
            log(f"written to {os.path.relpath(args.output)}")
        log(f"total {time.monotonic() - started:.0f} s")
        return 0
    except subprocess.CalledProcessError as exc:  # manage.py, wrk: show why
        sys.stderr.write(f"{exc.cmd[:3]} failed:\n{exc.stderr or ''}\n")
        return 1
    finally:
        if redis:
            redis.stop()
        elif args.redis_url:
            flush_redis(args.redis_url)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
