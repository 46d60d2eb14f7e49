"""Faults and load: the portal on gunicorn with production settings, its own PostgreSQL and Redis.

    make resilience        (or: .venv/bin/python benchmarks/resilience.py [--seconds 60])

Starts everything it breaks on loopback ports of its own (never the shared servers): a private
PostgreSQL cluster (initdb into a temporary directory, as user postgres when run as root), a
private redis-server, and gunicorn (portal.settings.production, 3 workers x 4 threads) with the
demo county (seed_demo). Then, one scenario after the other, it prints a table:

    fault | requests | errors | 503s | p95 | recovered after (s)

- load: 50 visitors for --seconds (60) over home page, calendar, an event, search, the county
  .ics feed and a registration (GET the form, CSRF cookie and token, POST with a unique e-mail,
  each visitor with its own X-Forwarded-For address as behind Caddy): 0 errors.
- PostgreSQL restarted: stopped (fast shutdown) during the load and started 5 s later; every
  failure must be the clean 503 page, and only while the server is down (+ 5 s); "recovered
  after" is the time from the restart to the last failed request.
- Redis stopped: pages still served (cache bypassed), a logged-in editor still reaches the admin.
- search engine unreachable: a second gunicorn with SEARCH_BACKEND=elasticsearch pointed at a
  closed port answers search pages from the database.
- media full: uploads (Wagtail's multiple upload) into a media directory that is a full 64 KB
  tmpfs (as root, where mount works) or, elsewhere, a file where the directory should be: the
  message, no image row, no file; then the directory is writable again and the next upload is
  stored.
An error is any answer other than the expected one (a 2xx, the login redirect where expected),
a connection failure or a time-out (30 s). Exit status 1 when a scenario fails its criterion.
"""

import argparse
import collections
import contextlib
import glob
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field


def _version(path):
    return int(path.split("/")[-2]) if path.split("/")[-2].isdigit() else 0


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = sys.executable
PG_BIN = os.environ.get("PG_BIN") or max(glob.glob("/usr/lib/postgresql/*/bin"), default="", key=_version)
TIMEOUT = int(os.environ.get("RESILIENCE_TIMEOUT", "30"))  # seconds a visitor waits for an answer
IS_ROOT = os.geteuid() == 0
GRACE = 5  # seconds after the database is back in which a request may still fail (503)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def log(message):
    print(f"  [{time.strftime('%H:%M:%S')}] {message}", flush=True)


def wait_for_port(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


# --- the servers ------------------------------------------------------------------------------


class Postgres:
    """A private cluster in a temporary directory."""

    def __init__(self, workdir):
        self.dir = os.path.join(workdir, "pgdata")
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/kreisnetz"

    def _run(self, *args):
        command = [os.path.join(PG_BIN, args[0]), *args[1:]]
        if IS_ROOT:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def init(self):
        os.makedirs(self.dir)
        if IS_ROOT:
            shutil.chown(os.path.dirname(self.dir), "postgres")
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", self.dir, "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "kreisnetz")

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", self.dir, "-o", options, "-l", self.dir + ".log", "-w", "start")

    def stop(self):
        self._run("pg_ctl", "-D", self.dir, "-m", "fast", "-w", "stop")


class Redis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


class Gunicorn:
    def __init__(
        self, env, workers=3, extra_env=None, *, app="portal.wsgi:application", threads=4, port=None
    ):
        self.port = port or free_port()
        self.env = {**env, **(extra_env or {}), "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{self.port}"}
        self.workers = workers
        self.app, self.threads = app, threads  # benchmarks/bench.py: the floor app, sync workers
        self.process = None

    def start(self):
        command = [
            os.path.join(os.path.dirname(PYTHON), "gunicorn"),
            self.app,
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={self.workers}",
            f"--threads={self.threads}",
            "--timeout=30",
            "--log-level=warning",
        ]
        self.log = open(os.path.join(self.env["RESILIENCE_DIR"], f"gunicorn-{self.port}.log"), "w")  # noqa: SIM115
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=self.log, stderr=self.log)
        wait_for_port(self.port)

    def stop(self):
        if self.process:
            self.process.terminate()
            self.process.wait(30)
            self.log.close()
            self.process = None


def production_env(workdir, postgres, redis):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=postgres.url,
        REDIS_URL=redis.url,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        TRUST_X_FORWARDED_FOR="true",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        MEDIA_ROOT=os.path.join(workdir, "media"),
        STATIC_ROOT=os.path.join(workdir, "static"),
        SEARCH_BACKEND="db",
        RESILIENCE_DIR=workdir,
    )
    env.pop("DATABASE_CONN_MAX_AGE", None)
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


PREPARE = """
import json
from django.urls import reverse
from django.utils import translation
from events.models import EventPage
translation.activate("de")
event = EventPage.objects.live().filter(registration_required=True).order_by("pk").first()
EventPage.objects.filter(pk=event.pk).update(capacity=1000000)
shown = EventPage.objects.live().order_by("pk").first()
print(json.dumps({
    "event": shown.url,
    "register": event.url + "register/",
    "search": reverse("search"),
    "ics": reverse("calendar_all"),
}))
"""


def shell(env, code):
    """Run Python code in ``manage.py shell`` under env; the last line it printed ("" if none)."""
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""


def prepare(env):
    log("migrate, demo county, static files (production settings, private PostgreSQL)")
    manage(env, "migrate", "--noinput")
    manage(env, "update_translation_fields")
    manage(env, "seed_demo", "--quiet")
    manage(env, "collectstatic", "--noinput")
    return json.loads(shell(env, PREPARE))


# --- the visitors -----------------------------------------------------------------------------


@dataclass
class Result:
    started: float
    seconds: float
    status: int  # 0: no answer
    clean_503: bool = False
    path: str = ""


@dataclass
class Recorder:
    results: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, result):
        with self.lock:
            self.results.append(result)


def request(port, method, path, headers=None, body=None):
    """One request on a fresh connection: (status, headers, body); status 0 when none came."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    except (OSError, http.client.HTTPException):
        return 0, [], b""
    finally:
        connection.close()


def _is_clean_503(status, headers, body):
    names = {name.lower() for name, _value in headers}
    return status == 503 and "retry-after" in names and b"<main" in body and b"Traceback" not in body


def timed(recorder, port, method, path, headers=None, body=None):
    started = time.monotonic()
    status, response_headers, content = request(port, method, path, headers, body)
    clean = _is_clean_503(status, response_headers, content)
    recorder.add(Result(started, time.monotonic() - started, status, clean, path.split("?")[0]))
    return status, response_headers, content


def cookies_of(headers):
    jar = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _sep, rest = value.partition("=")
            jar[key.strip()] = rest.split(";", 1)[0]
    return jar


def cookie_header(jar):
    return "; ".join(f"{key}={value}" for key, value in jar.items())


CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def register(recorder, port, path, visitor):
    """As a browser: GET the form, then POST it with the CSRF cookie and token."""
    address = f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
    headers = {"X-Forwarded-For": address}
    status, response_headers, body = timed(recorder, port, "GET", path, headers)
    match = CSRF_FIELD.search(body)
    if status != 200 or not match:
        return
    jar = cookies_of(response_headers)
    unique = f"{visitor}-{secrets.token_hex(4)}"
    form = {
        "csrfmiddlewaretoken": match.group(1).decode(),
        "name": f"Besucherin {unique}",
        "email": f"besuch-{unique}@example.org",
        "people": "1",
        "website": "",
    }
    headers.update(
        {"Cookie": cookie_header(jar), "Content-Type": "application/x-www-form-urlencoded"},
    )
    timed(recorder, port, "POST", path, headers, urllib.parse.urlencode(form))


def visitor_loop(recorder, port, urls, until, visitor):
    pages = ["/", "/termine/", urls["event"], urls["ics"]]
    words = ["Deutschkurs", "Beratung", "Kita", "Sprachcafe", "Arbeit", "Familie"]
    while time.monotonic() < until:
        roll = random.random()
        if roll < 0.05:
            register(recorder, port, urls["register"], visitor)
        elif roll < 0.30:
            query = urllib.parse.urlencode({"q": random.choice(words)})
            timed(recorder, port, "GET", f"{urls['search']}?{query}")
        else:
            timed(recorder, port, "GET", random.choice(pages))


def run_load(port, urls, visitors, seconds, pages_only=None):
    recorder = Recorder()
    until = time.monotonic() + seconds
    target = visitor_loop
    if pages_only:
        target = lambda rec, p, u, t, v: _pages_loop(rec, p, pages_only, t)  # noqa: E731
    threads = [
        threading.Thread(target=target, args=(recorder, port, urls, until, number), daemon=True)
        for number in range(visitors)
    ]
    for thread in threads:
        thread.start()
    return recorder, threads


def _pages_loop(recorder, port, paths, until):
    while time.monotonic() < until:
        timed(recorder, port, "GET", random.choice(paths))


def join(threads):
    for thread in threads:
        thread.join(TIMEOUT + 5)


def p95(results):
    times = sorted(result.seconds for result in results)
    if not times:
        return 0.0
    return times[min(len(times) - 1, int(len(times) * 0.95))]


def ok(result):
    return 200 <= result.status < 400


# --- the scenarios ----------------------------------------------------------------------------


@dataclass
class Row:
    fault: str
    requests: int
    errors: int
    unavailable: int
    p95: float
    recovered: str
    passed: bool
    note: str = ""


def failures(results):
    """Status and path of the failed requests, e.g. "0 /termine/ x3" (0: no answer in time)."""
    counts = collections.Counter((result.status, result.path) for result in results if not ok(result))
    return ", ".join(f"{status} {path} x{count}" for (status, path), count in sorted(counts.items()))


def warm_up(app, urls):
    """Each worker renders each kind of page once before the measurement (templates, caches)."""
    recorder, threads = run_load(app.port, urls, 6, 10)
    join(threads)


def scenario_load(app, urls, seconds):
    warm_up(app, urls)
    recorder, threads = run_load(app.port, urls, 50, seconds)
    join(threads)
    results = recorder.results
    errors = sum(not ok(result) for result in results)
    passed = errors == 0 and len(results) > 0
    note = f"failed: {failures(results)}" if errors else ""
    return Row("none (50 visitors)", len(results), errors, 0, p95(results), "-", passed, note)


def scenario_postgres(app, urls, postgres, seconds):
    recorder, threads = run_load(app.port, urls, 50, seconds)
    time.sleep(seconds / 4)
    down = time.monotonic()
    postgres.stop()
    time.sleep(5)
    postgres.start()
    up = time.monotonic()
    join(threads)
    results = recorder.results
    failed = [result for result in results if not ok(result)]
    unclean = [result for result in failed if not result.clean_503]
    outside = [result for result in failed if not down - 0.5 <= result.started + result.seconds <= up + GRACE]
    last_failure = max((result.started + result.seconds for result in failed), default=up)
    recovered = max(0.0, last_failure - up)
    errors = len(unclean) + len(outside)
    passed = errors == 0 and any(ok(result) and result.started > last_failure for result in results)
    note = f"database down {up - down:.1f} s" + (f"; failed: {failures(unclean + outside)}" if errors else "")
    return Row(
        "PostgreSQL restarted",
        len(results),
        errors,
        len(failed) - len(unclean),
        p95(results),
        f"{recovered:.1f}",
        passed,
        note,
    )


def admin_session(port):
    status, headers, body = request(port, "GET", "/admin/login/")
    jar = cookies_of(headers)
    token = CSRF_FIELD.search(body).group(1).decode()
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "admin", "password": "kreisnetz-demo"}
    )
    headers = {"Cookie": cookie_header(jar), "Content-Type": "application/x-www-form-urlencoded"}
    status, response_headers, _body = request(port, "POST", "/admin/login/", headers, form)
    jar.update(cookies_of(response_headers))
    if status != 302 or "sessionid" not in jar:
        raise RuntimeError(f"admin login failed ({status})")
    return jar


def logged_in(port, jar):
    status, _headers, body = request(port, "GET", "/admin/", {"Cookie": cookie_header(jar)})
    return status == 200 and b"wagtail" in body.lower()


def scenario_redis(app, urls, redis, seconds):
    jar = admin_session(app.port)
    redis.stop()
    started = time.monotonic()
    recorder, threads = run_load(app.port, urls, 20, seconds)
    editor_ok = [logged_in(app.port, jar) for _ in range(5)]
    join(threads)
    redis.start()
    results = recorder.results
    errors = sum(not ok(result) for result in results) + editor_ok.count(False)
    note = (
        f"{time.monotonic() - started:.0f} s without Redis; editor still logged in: {editor_ok.count(True)}/5"
    )
    note += f"; failed: {failures(results)}" if errors else ""
    return Row("Redis stopped", len(results) + 5, errors, 0, p95(results), "-", errors == 0, note)


def scenario_search(env, urls, seconds):
    app = Gunicorn(
        env,
        workers=1,
        extra_env={"SEARCH_BACKEND": "elasticsearch", "ELASTICSEARCH_URL": f"http://127.0.0.1:{free_port()}"},
    )
    app.start()
    try:
        paths = [f"{urls['search']}?q={word}" for word in ("Deutschkurs", "Beratung", "Kita")]
        for path in paths:  # warm up: the first search of a worker loads the vocabulary
            request(app.port, "GET", path)
        recorder, threads = run_load(app.port, urls, 5, seconds, pages_only=paths)
        join(threads)
    finally:
        app.stop()
    results = recorder.results
    errors = sum(not ok(result) for result in results)
    note = f"failed: {failures(results)}" if errors else ""
    return Row("search engine unreachable", len(results), errors, 0, p95(results), "-", not errors, note)


# --- media full -------------------------------------------------------------------------------


@contextlib.contextmanager
def unwritable(directory):
    """The directory is full (a 64 KB tmpfs filled up) or, where mount is not allowed, a file."""
    os.makedirs(directory, exist_ok=True)
    mount = ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", directory]
    if IS_ROOT and subprocess.run(mount, capture_output=True).returncode == 0:
        with open(os.path.join(directory, "filler"), "wb") as filler, contextlib.suppress(OSError):
            filler.write(b"\0" * 1024 * 1024)
        try:
            yield "full"
        finally:
            subprocess.run(["umount", directory], check=True)
        return
    os.rename(directory, directory + ".away")  # not even root can write below a file
    with open(directory, "w") as blocker:
        blocker.write("blocked")
    try:
        yield "not a directory"
    finally:
        os.remove(directory)
        os.rename(directory + ".away", directory)


def png_bytes():
    """128x128 random pixels (~50 KB): more than the free space of the filled tmpfs."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.frombytes("RGB", (128, 128), os.urandom(128 * 128 * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def upload(port, jar):
    status, headers, body = request(
        port, "GET", "/admin/images/multiple/add/", {"Cookie": cookie_header(jar)}
    )
    token = CSRF_FIELD.search(body).group(1).decode()
    boundary = secrets.token_hex(16)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
        f"{token}\r\n".encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="files[]"; filename="foto.png"\r\n'
        "Content-Type: image/png\r\n\r\n".encode(),
        png_bytes(),
        f"\r\n--{boundary}--\r\n".encode(),
    ]
    headers = {
        "Cookie": cookie_header(jar),
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "X-Requested-With": "XMLHttpRequest",
    }
    started = time.monotonic()
    status, _headers, body = request(port, "POST", "/admin/images/multiple/add/", headers, b"".join(parts))
    answer = json.loads(body) if status == 200 else {}
    return Result(started, time.monotonic() - started, status), answer


STORED_COUNT = (
    "from wagtail.images import get_image_model; from wagtail.models import UploadedFile; "
    "print(get_image_model().objects.count() + UploadedFile.objects.count())"
)


def image_count(env):
    """Images and Wagtail's uploaded files (multiple upload) in the database."""
    out = subprocess.run(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            STORED_COUNT,
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def files_under(directory):
    return sorted(os.path.join(path, name) for path, _dirs, names in os.walk(directory) for name in names)


def scenario_media(app, env):
    jar = admin_session(app.port)
    media = env["MEDIA_ROOT"]
    before_count, before_files = image_count(env), files_under(media)
    results = []
    with unwritable(media) as how:
        answers = [upload(app.port, jar) for _ in range(3)]
        leftover = [path for path in files_under(media) if path not in before_files and "filler" not in path]
    refused = [
        answer for _result, answer in answers if answer.get("success") is False and "error_message" in answer
    ]
    results += [result for result, _answer in answers]
    unchanged = image_count(env) == before_count and not leftover
    started = time.monotonic()
    result, answer = upload(app.port, jar)
    results.append(result)
    stored = answer.get("success") is True and image_count(env) == before_count + 1
    errors = (3 - len(refused)) + (0 if unchanged else 1) + (0 if stored else 1)
    note = f"media directory {how}: {len(refused)}/3 refused with the message, nothing stored"
    return Row(
        "media directory " + how,
        len(results),
        errors,
        0,
        p95(results),
        f"{time.monotonic() - started:.1f}",
        errors == 0,
        note,
    )


# --- main -------------------------------------------------------------------------------------


def print_table(rows, total):
    header = ("fault", "requests", "errors", "503s", "p95", "recovered after (s)")
    lines = [
        (
            row.fault,
            str(row.requests),
            str(row.errors),
            str(row.unavailable),
            f"{row.p95 * 1000:.0f} ms",
            row.recovered,
        )
        for row in rows
    ]
    widths = [max(len(header[i]), *(len(line[i]) for line in lines)) for i in range(len(header))]
    print()
    print(" | ".join(text.ljust(width) for text, width in zip(header, widths, strict=True)))
    print("-+-".join("-" * width for width in widths))
    for line in lines:
        print(" | ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)))
    print()
    for row in rows:
        print(f"  {'ok  ' if row.passed else 'FAIL'} {row.fault}{': ' + row.note if row.note else ''}")
    print(f"  total {total:.0f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="duration of the plain load (default 60)")
    args = parser.parse_args()
    started = time.monotonic()
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))  # clean up the servers on SIGTERM too
    workdir = tempfile.mkdtemp(prefix="kreisnetz-resilience-")
    postgres, redis = Postgres(workdir), Redis()
    app = None
    try:
        postgres.init()
        redis.start()
        env = production_env(workdir, postgres, redis)
        urls = prepare(env)
        app = Gunicorn(env)
        app.start()
        rows = []
        for name, run in (
            ("load", lambda: scenario_load(app, urls, args.seconds)),
            ("PostgreSQL restart", lambda: scenario_postgres(app, urls, postgres, 30)),
            ("Redis stopped", lambda: scenario_redis(app, urls, redis, 15)),
            ("search engine unreachable", lambda: scenario_search(env, urls, 10)),
            ("media directory", lambda: scenario_media(app, env)),
        ):
            log(name)
            rows.append(run())
            row = rows[-1]
            log(f"{row.requests} requests, {row.errors} errors, {row.unavailable} 503s {row.note}")
        print_table(rows, time.monotonic() - started)
        return 0 if all(row.passed for row in rows) else 1
    finally:
        if app:
            app.stop()
        redis.stop()
        with contextlib.suppress(subprocess.CalledProcessError):
            postgres.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
