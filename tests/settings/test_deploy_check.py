"""The documented production values (docker/env.example) pass `check --deploy` without a warning."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV_EXAMPLE = ROOT / "docker" / "env.example"


def documented_environment():
    """docker/env.example as Compose reads it, with a generated secret where it says EDIT."""
    values = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _sep, value = line.partition("=")
            values[name.strip()] = value
    values["SECRET_KEY"] = secrets.token_urlsafe(50)
    return values


def manage(*command, **changes):
    """manage.py with the production settings and the documented environment (plus changes)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(documented_environment(), DJANGO_SETTINGS_MODULE="portal.settings.production", **changes)
    command = [sys.executable, "manage.py", *command]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_with_the_documented_values():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert documented_environment()["SECURE_HSTS_SECONDS"] == "31536000"


def test_images_from_an_s3_bucket_are_allowed_by_both_policies():
    code = (
        "from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1]); "
        "print(s.CONTENT_SECURITY_POLICY_ADMIN['DIRECTIVES']['img-src'][-1])"
    )
    bucket = {"MEDIA_STORAGE": "s3", "S3_BUCKET": "kreisnetz", "S3_ACCESS_KEY_ID": "id"}
    bucket.update(S3_SECRET_ACCESS_KEY="key", S3_CUSTOM_DOMAIN="media.kreisnetz.example.org")
    result = manage("shell", "-c", code, **bucket)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["https://media.kreisnetz.example.org"] * 2
