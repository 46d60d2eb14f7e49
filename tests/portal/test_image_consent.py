"""Images of identifiable people without recorded consent are never public (finding 5)."""

import importlib

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404
from wagtail.images import get_image_model

from portal.services import image_consent

from .image_files import encoded, files_under
from .test_image_uploads import add_image

PEOPLE = {"shows_people": True, "consent_recorded": False}


def image(**fields):
    return wagtail_factories.ImageFactory(title="Gruppe", file__filename="gruppe.png", **fields)


@pytest.mark.parametrize(
    ("fields", "public"),
    [
        ({}, True),
        ({"shows_people": True, "consent_recorded": True}, True),
        (PEOPLE, False),
    ],
)
def test_the_api_lists_only_public_images(fields, public, db, client):
    shown = image(**fields)
    listed = [item["id"] for item in client.get("/api/v2/images/").json()["items"]]
    assert (shown.pk in listed) is public
    assert client.get(f"/api/v2/images/{shown.pk}/").status_code == (200 if public else 404)


def test_an_upload_of_people_without_consent_is_stored_privately(media, admin_client):
    response = add_image(admin_client, "gruppe.png", encoded("PNG"), shows_people="on")
    assert response.status_code == 302
    uploaded = get_image_model().objects.get()
    assert uploaded.file.name.startswith("private/original_images/")
    assert files_under(media) == [str(media / uploaded.file.name)]


def test_recording_consent_moves_the_file_and_withdrawing_moves_it_back(
    media, admin_client, django_capture_on_commit_callbacks
):
    photo = image(**PEOPLE)
    private_name = photo.file.name
    assert private_name.startswith("private/")
    with django_capture_on_commit_callbacks(execute=True):
        photo.get_rendition("width-20")  # outside the admin: a placeholder, no file
        with image_consent.editor_view():
            photo.get_rendition("width-20")
        photo.consent_recorded = True
        photo.save()
    assert photo.file.name == private_name.removeprefix("private/")
    assert files_under(media) == [str(media / photo.file.name)]  # the private copy and rendition are gone

    with django_capture_on_commit_callbacks(execute=True):
        photo.consent_recorded = False
        photo.save()
    assert photo.file.name.startswith("private/")
    assert files_under(media) == [str(media / photo.file.name)]


def test_outside_the_admin_a_rendition_is_a_placeholder(media, db):
    photo = image(**PEOPLE)
    rendition = photo.get_rendition("fill-40x20")
    assert rendition.url.endswith("portal/img/image-withheld.svg")
    assert (rendition.width, rendition.height, rendition.alt) == (40, 20, "")
    assert 'alt=""' in rendition.img_tag({"alt": "Maria am Tisch"})
    assert not photo.renditions.exists()
    assert (
        image(consent_recorded=True, shows_people=True)
        .get_rendition("fill-40x20")
        .url.startswith("/media/images/")
    )


def test_the_admin_shows_the_image_from_the_permission_checked_view(media, users, client):
    photo = image(**PEOPLE)
    client.force_login(users["admin"])
    listing = client.get("/admin/images/?layout=list").content.decode()
    assert "data-image-not-public" in listing
    assert "/admin/private-media/images/" in listing
    assert "/media/" not in listing.split('id="listing-results"')[-1]
    rendition = photo.renditions.get()
    url = f"/admin/private-media/{rendition.file.name.removeprefix('private/')}"
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == default_storage.open(rendition.file.name).read()


@pytest.mark.parametrize(("role", "status"), [("anonymous", 302), ("editor_b", 404), ("editor_a", 200)])
def test_private_files_only_for_editors_who_may_use_the_image(role, status, media, town_a, client_for):
    photo = image(collection=town_a.collection, **PEOPLE)
    response = client_for(role).get(f"/admin/private-media/{photo.file.name.removeprefix('private/')}")
    assert response.status_code == status


def test_a_broken_stored_file_gives_a_placeholder(media, db):
    photo = image()
    default_storage.delete(photo.file.name)
    default_storage.save(photo.file.name, ContentFile(encoded("PNG")[:60]))
    assert photo.get_rendition("width-20").withheld
    assert all(rendition.withheld for rendition in photo.get_renditions("width-20", "width-30").values())


def test_the_migration_moves_files_uploaded_before_out_of_the_public_path(media, db):
    from django.apps import apps

    migration = importlib.import_module("portal.migrations.0002_private_files_of_images_without_consent")
    photo = image()
    photo.get_rendition("width-20")
    type(photo).objects.filter(pk=photo.pk).update(shows_people=True)  # as stored before the rule
    migration.move_to_private(apps, None)
    photo.refresh_from_db()
    assert photo.file.name.startswith("private/original_images/")
    assert not photo.renditions.exists()
    assert files_under(media) == [str(media / photo.file.name)]


@pytest.mark.parametrize("prefix", ["", "images/../", "/"])
def test_development_media_serving_leaves_out_private_files(prefix, media, rf, db):
    from portal.image_views import public_media

    hidden, shown = image(**PEOPLE), image()
    with pytest.raises(Http404):
        public_media(rf.get("/media/x"), prefix + hidden.file.name)
    assert public_media(rf.get("/media/x"), shown.file.name).status_code == 200
