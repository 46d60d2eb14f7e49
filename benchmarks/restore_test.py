"""Backups that restore: back up a database with the demo county, restore it, compare, browse.

    make restore-test      (or: .venv/bin/python benchmarks/restore_test.py)

1. A fresh database ``kn_backup_src_<pid>`` on the PostgreSQL server of PG_URL (default the
   local one on 5432), migrated and seeded with the demo county under the production settings
   (a private redis-server for the cache), plus one uploaded image so that media is not empty.
2. docker/backup.sh writes the pg_dump (custom format) and the media tarball.
3. docker/restore.sh restores both into a fresh database ``kn_backup_dst_<pid>`` and an empty
   media directory.
4. The counts of the main tables are compared (and must not be zero), a few pages of the restored
   site are fetched with Django's test client (home, calendar, an event, the .ics feed, search,
   the restored image's file) and must answer 200.
Both databases are dropped at the end, whatever happened. Exit status 1 when anything differs.
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from resilience import ROOT, Redis, log, manage, shell  # noqa: E402

PG_URL = os.environ.get("PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
SERVER = PG_URL.rsplit("/", 1)[0] if PG_URL.count("/") > 2 else PG_URL

COUNT = """
import json
from django.apps import apps
MODELS = ["wagtailcore.Page", "wagtailcore.Revision", "events.EventPage", "events.Registration",
          "offers.OfferPage", "organisations.Organisation", "auth.User", "auth.Group",
          "portal.KreisnetzImage", "legal.Feedback"]
counts = {}
for label in MODELS:
    try:
        model = apps.get_model(label)
    except LookupError:
        continue
    counts[label] = model.objects.count()
print(json.dumps(counts))
"""

ADD_IMAGE = """
import io
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
buffer = io.BytesIO()
Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
get_image_model().objects.create(title="Backup-Probe", file=ImageFile(buffer, name="backup-probe.png"))
"""

BROWSE = """
import json
from django.test import Client
from django.urls import reverse
from events.models import EventPage
from wagtail.images import get_image_model
client = Client()
event = EventPage.objects.live().order_by("pk").first()
image = get_image_model().objects.get(title="Backup-Probe")
paths = ["/", "/termine/", event.url, reverse("calendar_all"), reverse("search") + "?q=Beratung"]
status = {path: client.get(path).status_code for path in paths}
status[image.file.name] = 200 if image.file.storage.exists(image.file.name) else 404
print(json.dumps(status))
"""


def psql(command):
    subprocess.run(["psql", f"{SERVER}/postgres", "-q", "-c", command], check=True, stdout=subprocess.DEVNULL)


def environment(workdir, database, media, redis):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver,127.0.0.1",
        DATABASE_URL=f"{SERVER}/{database}",
        REDIS_URL=redis.url,
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        MEDIA_ROOT=media,
        STATIC_ROOT=os.path.join(workdir, "static"),
        SEARCH_BACKEND="db",
    )
    return env


def run(workdir, redis, source, target):
    src = environment(workdir, source, os.path.join(workdir, "media-src"), redis)
    dst = environment(workdir, target, os.path.join(workdir, "media-dst"), redis)
    log(f"source database {source}: migrate, demo county, one image")
    psql(f'CREATE DATABASE "{source}"')
    manage(src, "migrate", "--noinput")
    manage(src, "update_translation_fields")
    manage(src, "seed_demo", "--quiet")
    shell(src, ADD_IMAGE)
    before = json.loads(shell(src, COUNT))
    log("backup (docker/backup.sh)")
    backup_dir = os.path.join(workdir, "backups")
    out = subprocess.run(
        ["sh", "docker/backup.sh", backup_dir], cwd=ROOT, env=src, check=True, capture_output=True, text=True
    )
    dump, media = out.stdout.split()
    log(f"restore into {target} (docker/restore.sh)")
    psql(f'CREATE DATABASE "{target}"')
    subprocess.run(["sh", "docker/restore.sh", dump, media], cwd=ROOT, env=dst, check=True)
    after = json.loads(shell(dst, COUNT))
    manage(dst, "collectstatic", "--noinput")
    redis.stop()  # the restored site must not read pages cached from the source
    redis.start()
    pages = json.loads(shell(dst, BROWSE))
    return before, after, pages, [os.path.basename(dump), os.path.basename(media)]


def report(before, after, pages, files):
    print()
    print(f"  backup: {', '.join(files)}")
    print(f"  {'table':32} {'backed up':>10} {'restored':>10}")
    failures = 0
    for label, count in before.items():
        restored = after.get(label)
        mark = "ok" if restored == count else "DIFFERS"
        failures += restored != count
        print(f"  {label:32} {count:>10} {restored!s:>10}  {mark}")
    for label in ("wagtailcore.Page", "events.EventPage", "offers.OfferPage", "portal.KreisnetzImage"):
        failures += not before.get(label)
    for path, status in pages.items():
        failures += status != 200
        print(f"  GET {path:60} {status}")
    return failures


def main():
    started = time.monotonic()
    workdir = tempfile.mkdtemp(prefix="kreisnetz-restore-")
    source, target = f"kn_backup_src_{os.getpid()}", f"kn_backup_dst_{os.getpid()}"
    redis = Redis()
    redis.start()
    try:
        failures = report(*run(workdir, redis, source, target))
    finally:
        redis.stop()
        for database in (source, target):
            psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)
    outcome = f"{failures} failures" if failures else "restore test passed"
    print(f"  {outcome} in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
