"""Faults a single request can meet: Redis gone, media directory not writable.

The load and restart scenarios with real servers are in ``benchmarks/resilience.py``
(``make resilience``); these are the fast checks of each handler.
"""

import io
import logging
import socket

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from portal.factories import UserFactory
from portal.settings import cache as cache_settings


def _closed_port():
    """A loopback port that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- Redis gone ------------------------------------------------------------------------------


@pytest.fixture
def redis_down():
    """The production cache settings, pointed at a closed port."""
    url = f"redis://127.0.0.1:{_closed_port()}/0"
    with override_settings(
        CACHES=cache_settings.redis_caches(url),
        SESSION_ENGINE=cache_settings.SESSION_ENGINE,
        RATELIMIT_FAIL_OPEN=cache_settings.RATELIMIT_FAIL_OPEN,
        DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=True,
    ):
        yield


def test_pages_are_served_with_the_cache_bypassed_and_logged(redis_down, county, caplog):
    from django.core.cache import cache

    with caplog.at_level(logging.ERROR, logger=cache_settings.DJANGO_REDIS_LOGGER):
        cache.set("probe", 1)
        assert cache.get("probe") is None
        response = Client().get("/")
    assert response.status_code == 200
    assert any(record.name == cache_settings.DJANGO_REDIS_LOGGER for record in caplog.records)


def test_a_logged_in_editor_stays_logged_in_without_redis(redis_down, county):
    client = Client()
    client.force_login(UserFactory(username="ohne-redis", is_superuser=True, is_staff=True))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert response.wsgi_request.user.username == "ohne-redis"


# --- media directory not writable -------------------------------------------------------------


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "foto.png"
    return buffer


def _storages(root):
    return {
        "default": {
            "BACKEND": "portal.upload_storage.GuardedFileSystemStorage",
            "OPTIONS": {"location": root},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def media(tmp_path):
    """A real, writable media directory."""
    root = tmp_path / "media"
    root.mkdir()
    with override_settings(STORAGES=_storages(root), MEDIA_ROOT=root):
        yield root


@pytest.fixture
def blocked_media(tmp_path):
    """A media "directory" that cannot be written: a file stands where it should be."""
    root = tmp_path / "media"
    root.write_text("not a directory")
    with override_settings(STORAGES=_storages(root), MEDIA_ROOT=root):
        yield root


def _files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def _stored():
    from wagtail.models import UploadedFile

    return get_image_model().objects.count() + UploadedFile.objects.count()


@pytest.fixture
def admin_client(county):
    client = Client()
    client.force_login(UserFactory(username="bildredaktion", is_superuser=True, is_staff=True))
    return client


def test_an_upload_the_storage_refuses_gets_a_message_and_leaves_nothing(admin_client, blocked_media):
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": _png()})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "nicht gespeichert" in response.json()["error_message"]
    assert _stored() == 0
    assert blocked_media.read_text() == "not a directory"


def test_the_single_image_form_shows_the_message(admin_client, blocked_media):
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Foto", "file": _png(), "collection": 1}, follow=True
    )
    assert "nicht gespeichert" in response.content.decode()
    assert _stored() == 0


def test_an_upload_the_storage_accepts_is_stored(admin_client, media):
    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": _png()})
    assert response.json()["success"] is True
    assert _stored() == 1
    assert _files(media)
