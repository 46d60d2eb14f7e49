"""`make run` from a fresh copy of the repository: the German home answers 200, twice."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def tracked_files():
    output = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout
    return [name for name in output.split("\0") if name]


def fresh_copy(target):
    """The committed file list with the working tree's content (mtimes kept, as make needs)."""
    for name in tracked_files():
        source = ROOT / name
        if source.is_file():
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"make run exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - local test server
                return response.status, response.read().decode()
        except OSError:
            time.sleep(1)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def clean_env(**extra):
    """make run uses SQLite and the dev settings, whatever the test run itself uses."""
    dropped = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    return {**env, **extra}


def make_run(workdir, port):
    env = clean_env(PORT=str(port))
    return subprocess.Popen(
        ["make", "run", f"VENV={ROOT / '.venv'}", f"PORT={port}"],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
    return output


def page_count(workdir):
    result = subprocess.run(
        [
            str(ROOT / ".venv/bin/python"),
            "manage.py",
            "shell",
            "-c",
            "from wagtail.models import Page; print(Page.objects.count())",
        ],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(DJANGO_SETTINGS_MODULE="portal.settings.dev"),
    )
    return int(result.stdout.strip().splitlines()[-1])


def test_make_run_serves_the_demo_county(tmp_path):
    fresh_copy(tmp_path)
    port = free_port()
    process = make_run(tmp_path, port)
    try:
        status, html = wait_for(f"http://127.0.0.1:{port}/", process, 300)
    finally:
        output = stop(process)
    assert status == 200, output
    assert "Landkreis Hohenau" in html
    assert 'lang="de"' in html
    assert "admin / kreisnetz-demo" in output
    pages = page_count(tmp_path)

    port = free_port()
    started = time.monotonic()
    process = make_run(tmp_path, port)
    try:
        status, html = wait_for(f"http://127.0.0.1:{port}/ar/", process, 120)
    finally:
        output = stop(process)
    assert status == 200, output
    assert 'dir="rtl"' in html
    assert page_count(tmp_path) == pages, "a second make run must not duplicate data"
    print(f"second make run answered after {time.monotonic() - started:.1f} s")
