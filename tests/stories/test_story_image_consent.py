"""Story pages: an image without recorded consent or with a broken file never shows its file."""

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from stories.models import StoryImage
from tests.portal.image_files import encoded, media  # noqa: F401 (fixture)


def story_with(story, image):
    story.images.add(StoryImage(image=image, alt_text="Menschen am Tisch"))
    story.save_revision().publish()
    return story


@pytest.mark.usefixtures("media")
def test_a_story_shows_a_placeholder_for_people_without_consent(stories, client):
    photo = wagtail_factories.ImageFactory(file__filename="maria-mueller.png", shows_people=True)
    story = story_with(stories["a"], photo)
    page = client.get(story.url).content.decode()
    assert "portal/img/image-withheld.svg" in page
    assert "maria-mueller" not in page and "/media/" not in page
    assert 'alt="Menschen am Tisch"' not in page


@pytest.mark.usefixtures("media")
def test_a_story_with_a_broken_image_file_is_shown(stories, client):
    photo = wagtail_factories.ImageFactory(file__filename="kaputt.png")
    default_storage.delete(photo.file.name)
    default_storage.save(photo.file.name, ContentFile(encoded("PNG")[:60]))
    response = client.get(story_with(stories["a"], photo).url)
    assert response.status_code == 200
    assert "portal/img/image-withheld.svg" in response.content.decode()


@pytest.mark.usefixtures("media")
def test_the_preview_shows_what_visitors_see(stories, users, client):
    photo = wagtail_factories.ImageFactory(file__filename="maria-mueller.png", shows_people=True)
    story = story_with(stories["a"], photo)
    client.force_login(users["admin"])
    page = client.get(f"/admin/pages/{story.pk}/view_draft/").content.decode()
    assert "portal/img/image-withheld.svg" in page and "maria-mueller" not in page


def test_consent_of_the_story_does_not_lift_the_images_own_rule(stories):
    image = wagtail_factories.ImageFactory(shows_people=True, consent_recorded=False)
    item = StoryImage(page=stories["a"], image=image, alt_text="Menschen", shows_people=True, consent=True)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "consent" in error.value.message_dict
