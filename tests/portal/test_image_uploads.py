"""Broken, truncated and hostile image files are form errors, never a 500, and nothing is stored."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from .image_files import broken_files, encoded, files_under

DAMAGED_DE = "beschädigt oder unvollständig"


def add_image(client, name, data, **fields):
    root = Collection.get_first_root_node()
    payload = {"title": "Foto", "collection": root.pk, "file": SimpleUploadedFile(name, data), **fields}
    return client.post("/admin/images/add/", payload)


def add_multiple(client, name, data):
    root = Collection.get_first_root_node()
    return client.post(
        "/admin/images/multiple/add/", {"collection": root.pk, "files[]": SimpleUploadedFile(name, data)}
    )


@pytest.mark.parametrize(("name", "data"), broken_files())
def test_a_broken_file_is_a_form_error_and_nothing_is_stored(name, data, media, admin_client):
    response = add_image(admin_client, name, data)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]

    response = add_multiple(admin_client, name, data)
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False and answer["error_message"]

    assert not get_image_model().objects.exists()
    assert files_under(media) == []


@pytest.mark.parametrize("view", [add_image, add_multiple])
def test_a_truncated_upload_says_so_in_the_users_language(view, media, admin_client):
    response = view(admin_client, "handy.png", encoded("PNG")[:60])
    if view is add_multiple:
        assert DAMAGED_DE in json.loads(response.content)["error_message"]
    else:
        assert DAMAGED_DE in " ".join(response.context["form"].errors["file"])


def test_a_complete_upload_is_stored(media, admin_client):
    response = add_image(admin_client, "photo.png", encoded("PNG"))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert files_under(media) == [str(media / image.file.name)]
