"""Varnish in front of two app servers on this machine, and nginx serving a static file.

    make front-cache       (or: .venv/bin/python benchmarks/front_cache_servers.py --help)

Starts, on 127.0.0.1: two gunicorn instances with ``portal.settings.production`` (ports 8141 and
8142) sharing one PostgreSQL database and one Redis, and Varnish (port 8140) with
docker/varnish/default.vcl in front of both; every app server purges the cache on publish
(FRONTEND_CACHE_URLS). It stays in the foreground until Ctrl-C (or SIGTERM) and then stops all.

For benchmarks and tests, the same as functions (no make needed)::

    from benchmarks.front_cache_servers import FrontCacheStack, start_nginx_static, stop
    with FrontCacheStack(database_url, redis_url, ports=(8140, 8141, 8142)) as stack:
        stack.cache_url, stack.app_urls            # http://127.0.0.1:8140, [...8141, ...8142]
        nginx = start_nginx_static(8143, "/tmp/html", "/tmp/nginx-work")  # serves /tmp/html
        ...
        stop(nginx)

Needs Debian's varnish (and nginx-light for the static server): `make front-cache-deps`.
"""

import argparse
import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import types
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = sys.executable
VARNISH_DIR = os.path.join(ROOT, "docker", "varnish")
HOST = "127.0.0.1"


def log(message):
    print(f"  [{time.strftime('%H:%M:%S')}] {message}", flush=True)


def wait_for_http(port, path="/", host=HOST, seconds=60, process=None, ok_only=False):
    """Until something answers HTTP on ``port`` (any status, or 2xx with ``ok_only``); raises
    after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server for port {port} exited with {process.returncode}")
        request = urllib.request.Request(f"http://{HOST}:{port}{path}", headers={"Host": host})
        try:
            with urllib.request.urlopen(request, timeout=5):  # noqa: S310 - loopback
                return
        except urllib.error.HTTPError:
            if not ok_only:
                return
            time.sleep(0.1)
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answers on port {port} after {seconds} s")


def stop(*processes, timeout=20):
    """Stop each process (SIGINT: a quick shutdown for gunicorn, varnishd and nginx alike) and
    wait for it (SIGKILL after ``timeout``)."""
    for process in processes:
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)
    for process in processes:
        if process is None:
            continue
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- the app servers --------------------------------------------------------------------------


def production_env(database_url, redis_url, static_root, front_cache_urls=(), **extra):
    """The environment of an app server with production settings on this machine (plain http)."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        WAGTAILADMIN_BASE_URL=f"http://{HOST}",
        SECURE_SSL_REDIRECT="false",
        TRUST_X_FORWARDED_FOR="true",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        STATIC_ROOT=static_root,
        SEARCH_BACKEND="db",
        FRONTEND_CACHE_URLS=",".join(front_cache_urls),
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def collectstatic(env):
    """Popen of collectstatic into env's STATIC_ROOT (the manifest the production settings need)."""
    return subprocess.Popen(
        [PYTHON, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
    )


def start_gunicorn(env, port, workers=2, threads=2, log_path=None):
    """gunicorn with ``env`` on 127.0.0.1:``port``; returns the Popen once it answers."""
    output = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        [
            os.path.join(os.path.dirname(PYTHON), "gunicorn"),
            "portal.wsgi:application",
            f"--bind={HOST}:{port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--timeout=30",
            "--log-level=warning",
            # The application is imported once, then the workers fork (quicker start).
            "--preload",
        ],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=output,
    )
    return process


# --- Varnish ----------------------------------------------------------------------------------

BACKENDS_VCL = """# Written by benchmarks/front_cache_servers.py: app servers on this machine.
probe healthz {{
    .request = "GET /healthz HTTP/1.1" "Host: {host}" "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 1;
    .initial = 1;
}}
{backends}
sub vcl_init {{
    new app = directors.round_robin();
{adds}
}}
acl purgers {{
    "127.0.0.1";
    "::1";
}}
"""


def varnish_binary():
    return shutil.which("varnishd") or (
        "/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None
    )


def write_backends_vcl(directory, app_ports, host=HOST):
    backends = "\n".join(
        f'backend app{number} {{ .host = "{HOST}"; .port = "{port}"; .probe = healthz; }}'
        for number, port in enumerate(app_ports, start=1)
    )
    adds = "\n".join(f"    app.add_backend(app{number});" for number in range(1, len(app_ports) + 1))
    with open(os.path.join(directory, "backends.vcl"), "w") as handle:
        handle.write(BACKENDS_VCL.format(host=host, backends=backends, adds=adds))


def start_varnish(port, app_ports, workdir, memory="256m"):
    """varnishd in the foreground with docker/varnish/default.vcl before ``app_ports``."""
    binary = varnish_binary()
    if binary is None:
        raise RuntimeError("varnishd is not installed: make front-cache-deps (apt-get install varnish)")
    os.makedirs(workdir, exist_ok=True)
    os.chmod(workdir, 0o755)  # noqa: S103 - read by varnishd's compiler, which runs as its own user
    # The VCL is copied next to the backends: the checkout may lie below a directory that only
    # its owner can enter (a fresh clone in a private temporary directory).
    shutil.copy(os.path.join(VARNISH_DIR, "default.vcl"), os.path.join(workdir, "default.vcl"))
    write_backends_vcl(workdir, app_ports)
    instance = os.path.join(workdir, "instance")
    process = subprocess.Popen(
        [
            binary,
            "-F",
            "-a",
            f"{HOST}:{port}",
            "-T",
            "none",
            "-n",
            instance,
            "-s",
            f"malloc,{memory}",
            "-p",
            f"vcl_path={workdir}",
            "-p",
            "ban_lurker_sleep=0.01",
            "-f",
            os.path.join(workdir, "default.vcl"),
        ],
        stdout=open(os.path.join(workdir, "varnish.log"), "ab"),  # noqa: SIM115 - closed with the process
        stderr=subprocess.STDOUT,
    )
    return process


# --- nginx serving a static file (the benchmark's reference) -----------------------------------

NGINX_CONF = """# Written by benchmarks/front_cache_servers.py: static files from {root}.
worker_processes auto;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    server {{
        listen {host}:{port};
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


def start_nginx_static(port, root, workdir):
    """nginx (a worker per core) serving the files under ``root``."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        raise RuntimeError("nginx is not installed: make front-cache-deps (apt-get install nginx-light)")
    os.makedirs(workdir, exist_ok=True)
    conf = os.path.join(workdir, "nginx.conf")
    with open(conf, "w") as handle:
        handle.write(NGINX_CONF.format(host=HOST, port=port, root=os.path.abspath(root), workdir=workdir))
    process = subprocess.Popen([binary, "-c", conf, "-e", os.path.join(workdir, "error.log")], cwd=workdir)
    wait_for_http(port, process=process, seconds=10)
    return process


def save_html(url, path):
    """Fetch ``url`` and write its body to ``path`` (the page nginx serves as a static file)."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        body = response.read()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(body)
    return len(body)


# --- all together -----------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class FrontCacheStack:
    """Varnish on ports[0] before gunicorn on ports[1:], production settings, one database."""

    def __init__(
        self, database_url, redis_url, ports=None, workdir=None, workers=2, threads=2, static_root=None
    ):
        self.ports = list(ports or [free_port() for _ in range(3)])
        self.cache_port, self.app_ports = self.ports[0], self.ports[1:]
        self.cache_url = f"http://{HOST}:{self.cache_port}"
        self.app_urls = [f"http://{HOST}:{port}" for port in self.app_ports]
        self._own_workdir = workdir is None
        self.workdir = workdir or tempfile.mkdtemp(prefix="kreisnetz-front-cache-")
        os.chmod(self.workdir, 0o755)  # noqa: S103 - varnishd's worker runs as its own user (when started as root)
        self.static_root = static_root or os.path.join(self.workdir, "static")
        self.env = production_env(database_url, redis_url, self.static_root, [self.cache_url])
        self.workers, self.threads = workers, threads
        self.processes = []

    def start(self, collect_static=True):
        collector = collectstatic(self.env) if collect_static else None
        varnish = start_varnish(self.cache_port, self.app_ports, os.path.join(self.workdir, "varnish"))
        self.processes.append(varnish)
        if collector is not None and collector.wait() != 0:
            raise RuntimeError("collectstatic failed")
        for port in self.app_ports:
            log_path = os.path.join(self.workdir, f"gunicorn-{port}.log")
            self.processes.append(start_gunicorn(self.env, port, self.workers, self.threads, log_path))
        for port, process in zip(self.app_ports, self.processes[1:], strict=True):
            wait_for_http(port, "/healthz", process=process)
        # Varnish's probes have seen the app servers up (until then it answers 503).
        wait_for_http(self.cache_port, "/healthz", process=varnish, ok_only=True)
        return self

    def stop(self):
        stop(*reversed(self.processes))
        self.processes = []
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc_info):
        self.stop()


@contextlib.contextmanager
def front_cache(upstream_ports, port, workdir):
    """Varnish on ``port`` before app servers already running on ``upstream_ports``, and nginx
    serving the files of ``static_root`` on ``static_port`` (the reference of ``make bench``'s
    front-cache pass, which writes each page's HTML there)."""
    static_root = os.path.join(workdir, "static-html")
    os.makedirs(static_root, exist_ok=True)
    os.chmod(workdir, 0o755)  # noqa: S103 - varnishd's worker runs as its own user (when started as root)
    processes = []
    try:
        varnish = start_varnish(port, upstream_ports, os.path.join(workdir, "varnish"))
        processes.append(varnish)
        static_port = free_port()
        processes.append(start_nginx_static(static_port, static_root, os.path.join(workdir, "nginx")))
        # Varnish answers (503 until its probes see the app servers, which the bench starts next).
        wait_for_http(port, "/healthz", process=varnish)
        yield types.SimpleNamespace(port=port, static_port=static_port, static_root=static_root)
    finally:
        stop(*reversed(processes))


def ensure_database(url):
    """Create the PostgreSQL database of ``url`` when it does not exist yet."""
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    server = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            log(f"create database {name}")
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def prepare_database(env):
    """migrate; and the demo county when the database has none yet."""
    if env["DATABASE_URL"].startswith(("postgres://", "postgresql://")):
        ensure_database(env["DATABASE_URL"])
    log("migrate (production settings)")
    manage(env, "migrate", "--noinput")
    manage(env, "update_translation_fields")
    has_county = subprocess.run(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            "from portal.towns import county_page; print(bool(county_page()))",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if has_county.endswith("False"):
        log("seed_demo (an empty database: the demo county)")
        manage(env, "seed_demo", "--quiet")


def wrk(url, seconds=10, connections=50, threads=2):
    """Requests per second of ``wrk`` against ``url``."""
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} answers were not 2xx/3xx")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def compare(stack, paths, port, seconds=10):
    """Each path: req/s through the warm front cache and from nginx serving its HTML as a file."""
    root = os.path.join(stack.workdir, "html")
    rows = []
    for number, path in enumerate(paths):
        size = save_html(stack.cache_url + path, os.path.join(root, f"page{number}.html"))
        urllib.request.urlopen(stack.cache_url + path).read()  # noqa: S310 - loopback; now cached
        rows.append([path, size])
    nginx = start_nginx_static(port, root, os.path.join(stack.workdir, "nginx"))
    try:
        for number, row in enumerate(rows):
            cached = wrk(stack.cache_url + row[0], seconds)
            static = wrk(f"http://{HOST}:{port}/page{number}.html", seconds)
            row += [cached, static]
    finally:
        stop(nginx)
    print(f"{'page':<28} {'bytes':>8} {'Varnish req/s':>14} {'nginx static req/s':>19} {'share':>6}")
    for path, size, cached, static in rows:
        print(f"{path:<28} {size:>8} {cached:>14.0f} {static:>19.0f} {cached / static:>6.0%}")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", default=os.environ.get("DATABASE_URL"), required=not os.environ.get("DATABASE_URL")
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--port", type=int, default=8140, help="Varnish (app servers on the next ports)")
    parser.add_argument("--servers", type=int, default=2, help="number of app servers")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per app server")
    parser.add_argument("--no-prepare", action="store_true", help="skip migrate and seed_demo")
    parser.add_argument(
        "--compare",
        action="append",
        metavar="PATH",
        help="measure PATH (repeatable) through Varnish and as a static file from nginx with wrk, then stop",
    )
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per measurement")
    args = parser.parse_args()

    ports = [args.port + offset for offset in range(args.servers + 1)]
    stack = FrontCacheStack(args.database_url, args.redis_url, ports, workers=args.workers)
    if not args.no_prepare:
        prepare_database(stack.env)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with stack:
        if args.compare:
            compare(stack, args.compare, args.port + args.servers + 1, args.seconds)
            return
        log(f"Varnish: {stack.cache_url}/  (X-Cache: HIT/MISS/PASS)")
        for url in stack.app_urls:
            log(f"app server: {url}/")
        log(f"logs: {stack.workdir}; Ctrl-C stops everything")
        with contextlib.suppress(KeyboardInterrupt):
            while all(process.poll() is None for process in stack.processes):
                time.sleep(1)
            log("a server exited; stopping the others")


if __name__ == "__main__":
    main()
