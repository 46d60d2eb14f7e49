"""Production settings: every variable from the environment; a bad one stops start-up with one line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
VALID = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "kreisnetz.example,www.kreisnetz.example",
    "DATABASE_URL": "postgres://kreisnetz:secret@db.internal:5432/kreisnetz",
    "REDIS_URL": REDIS_URL,
    "WAGTAILADMIN_BASE_URL": "https://kreisnetz.example",
}


def run_check(env_changes, command=("check", "--deploy", "--fail-level", "CRITICAL")):
    env = {key: value for key, value in os.environ.items() if key not in VALID and key != "SEARCH_BACKEND"}
    env.update(VALID)
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_valid_environment_starts():
    result = run_check({})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS"),
        ({"DATABASE_URL": None}, "DATABASE_URL"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"REDIS_URL": None}, "REDIS_URL"),
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL"),
        ({"WAGTAILADMIN_BASE_URL": None}, "WAGTAILADMIN_BASE_URL"),
        ({"DEBUG": "vielleicht"}, "DEBUG"),
        ({"SEARCH_BACKEND": "solr"}, "SEARCH_BACKEND"),
        ({"SEARCH_BACKEND": "elasticsearch"}, "ELASTICSEARCH_URL"),
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE"),
        ({"MEDIA_STORAGE": "s3"}, "S3_BUCKET"),
        ({"EMAIL_PORT": "smtp"}, "EMAIL_PORT"),
        ({"FRONTEND_CACHE_URLS": "http://varnish:80,varnish:80"}, "FRONTEND_CACHE_URLS"),
    ],
)
def test_missing_or_malformed_variable_stops_with_one_line(changes, named):
    result = run_check(changes)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error: ")
    assert named in lines[0]


def test_wsgi_entry_point_stops_with_one_line():
    env = {key: value for key, value in os.environ.items() if key not in VALID}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["Configuration error: SECRET_KEY is not set"]


def test_redis_cache_and_sessions_work_against_a_real_redis():
    """The production cache settings talk to Redis (mandatory in CI, where Redis runs)."""
    code = (
        "from django.core.cache import cache; import uuid; key = str(uuid.uuid4()); "
        "cache.set(key, 'ok', 30); assert cache.get(key) == 'ok'; cache.delete(key); print('redis ok')"
    )
    result = run_check({}, command=("shell", "-c", code))
    if result.returncode != 0 and os.environ.get("CI") != "true" and "Connection refused" in result.stderr:
        pytest.skip("no Redis on this machine (mandatory in CI)")
    assert result.returncode == 0, result.stderr
    assert "redis ok" in result.stdout
