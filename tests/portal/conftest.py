"""Fixtures of the image tests."""

import pytest

from .image_files import media  # noqa: F401 (a fixture: real files in a directory of each test's own)


@pytest.fixture
def admin_client(users, client):
    client.force_login(users["admin"])
    return client
