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


def test_check_deploy_is_clean_with_the_documented_values():
    documented = documented_environment()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    env.update(documented, DJANGO_SETTINGS_MODULE="portal.settings.production")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert documented["SECURE_HSTS_SECONDS"] == "31536000"
