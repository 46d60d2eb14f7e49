"""Issue 20, Deliver 4: alternative texts and captions of images are translatable. A story
image's alt text and caption, and an image's description (its default alt text, used by body
image blocks without their own), are shown in the reader's language, German otherwise and then
marked as German (lang="de" dir="ltr", the caption with the note in the reader's language)."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from stories.models import StoryImage
from tests.portal.image_files import media  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("media")

ALT_DE, ALT_AR = "Menschen kochen zusammen", "أشخاص يطبخون معاً"
CAPTION_DE, CAPTION_AR = "Der Kochabend im Juni", "أمسية الطبخ في يونيو"


def story_with_image(story, **texts):
    image = wagtail_factories.ImageFactory(title="kochabend")
    story.images.add(StoryImage(image=image, **texts))
    story.save_revision().publish()
    return story


def get(client, page, language):
    with translation.override(language):
        url = page.get_url()
    return BeautifulSoup(client.get(url).content, "html.parser")


def test_an_arabic_alt_text_and_caption_are_shown_on_the_arabic_page(stories, client):
    story = story_with_image(
        stories["a"], alt_text_de=ALT_DE, alt_text_ar=ALT_AR, caption_de=CAPTION_DE, caption_ar=CAPTION_AR
    )
    soup = get(client, story, "ar")
    image = soup.select_one("figure.story__image img")
    assert image["alt"] == ALT_AR and not image.get("lang")
    caption = soup.select_one("figure.story__image figcaption")
    assert CAPTION_AR in caption.text and not caption.select("[lang]")
    german = get(client, story, "de").select_one("figure.story__image img")
    assert german["alt"] == ALT_DE


def test_without_a_translation_the_german_alt_text_and_caption_are_marked(stories, client):
    story = story_with_image(stories["a"], alt_text_de=ALT_DE, caption_de=CAPTION_DE)
    soup = get(client, story, "uk")
    image = soup.select_one("figure.story__image img")
    assert (image["alt"], image["lang"], image["dir"]) == (ALT_DE, "de", "ltr")
    caption = soup.select_one("figure.story__image figcaption")
    marked = caption.select_one('[lang="de"]')
    assert marked.text.strip() == CAPTION_DE and marked["dir"] == "ltr"
    assert caption.select_one(".fallback-note")  # "(in German)" in Ukrainian, outside the German span
    card = get(client, stories["indexes"]["a"], "uk").select_one(".story-card img")
    assert (card["alt"], card["lang"]) == (ALT_DE, "de")


def test_a_body_image_without_its_own_alt_text_uses_the_description_in_the_readers_language(stories, client):
    image = wagtail_factories.ImageFactory(title="kochabend", description_de=ALT_DE, description_ar=ALT_AR)
    story = stories["b"]
    for language in ("de", "ar", "uk"):
        setattr(story, f"body_{language}", [("image", {"image": image, "alt_text": "", "caption": ""})])
    story.save_revision().publish()
    assert get(client, story, "ar").select_one(".block-image img")["alt"] == ALT_AR
    ukrainian = get(client, story, "uk").select_one(".block-image img")
    assert (ukrainian["alt"], ukrainian["lang"], ukrainian["dir"]) == (ALT_DE, "de", "ltr")
    german = get(client, story, "de").select_one(".block-image img")
    assert german["alt"] == ALT_DE and not german.get("lang")


def test_the_image_form_has_a_description_per_language(users, client):
    image = wagtail_factories.ImageFactory(title="kochabend", description_de=ALT_DE)
    client.force_login(users["admin"])
    soup = BeautifulSoup(client.get(reverse("wagtailimages:edit", args=[image.pk])).content, "html.parser")
    for code, field in (
        ("de", "description_de"),
        ("ar", "description_ar"),
        ("de-x-ls", "description_de_x_ls"),
    ):
        widget = soup.select_one(f"#id_{field}")
        assert widget is not None and widget["lang"] == code, field
        assert soup.select_one(f'label[for="id_{field}"]')
    assert soup.select_one("#id_description_ar")["dir"] == "rtl"
    assert soup.select_one("#id_description_de")["value"] == ALT_DE


def test_existing_german_text_stays_german(stories):
    """An alt text without a translation reads as the German one in another language."""
    story = story_with_image(stories["a"], alt_text_de=ALT_DE)
    picture = story.images.first()
    with translation.override("ar"):
        assert picture.alt_text == ALT_DE  # the German fallback
    assert picture.alt_text_ar in (None, "")
