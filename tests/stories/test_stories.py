"""Stories: town placement, consent of people shown, the county home, RSS and Atom feeds."""

import xml.etree.ElementTree as ET

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from stories.models import StoryImage, StoryPage

ATOM = "{http://www.w3.org/2005/Atom}"


def test_stories_belong_to_their_town(stories, town_a):
    assert stories["a"].town_id == town_a.page.pk
    assert stories["county"].town_id is None


def test_town_index_lists_only_its_town(stories, client):
    page = client.get(stories["indexes"]["a"].url).content.decode()
    assert "Sprachcafe Altdorf" in page
    assert "Patenschaften Neudorf" not in page
    county_page = client.get(stories["indexes"]["county"].url).content.decode()
    assert "Patenschaften Neudorf" in county_page and "Sprachcafe Altdorf" in county_page


def test_tag_filter(stories, client):
    page = client.get(stories["indexes"]["county"].url + "?tag=ehrenamt").content.decode()
    assert "Patenschaften Neudorf" in page
    assert "Sprachcafe Altdorf" not in page


def test_county_home_shows_latest_stories_of_all_towns(stories, county, client):
    page = client.get(county.url).content.decode()
    assert page.index("Patenschaften Neudorf") < page.index("Sprachcafe Altdorf") < page.index("Kreisweites")


@pytest.mark.parametrize(
    ("shows_people", "image_people", "consent", "image_consent", "valid"),
    [
        (False, False, False, False, True),
        (True, False, False, False, False),
        (False, True, False, False, False),
        (True, False, True, False, True),
        (False, True, False, True, True),
    ],
)
def test_an_image_showing_people_needs_consent(
    shows_people, image_people, consent, image_consent, valid, stories
):
    image = wagtail_factories.ImageFactory(shows_people=image_people, consent_recorded=image_consent)
    item = StoryImage(
        page=stories["a"],
        image=image,
        alt_text="Menschen am Tisch",
        shows_people=shows_people,
        consent=consent,
    )
    if valid:
        item.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            item.full_clean()
        assert "consent" in error.value.message_dict


def test_an_image_needs_alternative_text(stories):
    item = StoryImage(page=stories["a"], image=wagtail_factories.ImageFactory(), alt_text="  ")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "alt_text" in error.value.message_dict


def test_story_page_shows_image_with_alt_text_and_links(stories, client):
    from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory

    story = stories["a"]
    offer = OfferPageFactory(parent=OfferIndexPageFactory(parent=story.town), title="Sprachcafe")
    story.images.add(StoryImage(image=wagtail_factories.ImageFactory(), alt_text="Tassen auf einem Tisch"))
    story.offers.add(offer)
    story.save_revision().publish()
    page = client.get(story.url).content.decode()
    assert 'alt="Tassen auf einem Tisch"' in page
    assert offer.url in page


def test_rss_feed_is_valid(stories, client):
    response = client.get(reverse("stories_rss"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert root.tag == "rss"
    channel = root.find("channel")
    assert channel.findtext("title") and channel.findtext("link") and channel.findtext("description")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Patenschaften Neudorf",
        "Sprachcafe Altdorf",
        "Kreisweites Netzwerk",
    ]
    for item in items:
        assert item.findtext("link").startswith("http")
        assert item.findtext("pubDate")
        assert item.findtext("guid")
    assert items[0].findtext("category") == "Ehrenamt"


def test_atom_feed_is_valid_in_every_language(stories, client):
    for code in ("de", "ar"):
        with translation.override(code):
            url = reverse("stories_atom")
        response = client.get(url)
        assert response["Content-Type"].startswith("application/atom+xml")
        root = ET.fromstring(response.content)  # noqa: S314 (our own feed)
        assert root.tag == f"{ATOM}feed"
        assert (
            root.findtext(f"{ATOM}title") and root.findtext(f"{ATOM}id") and root.findtext(f"{ATOM}updated")
        )
        entries = root.findall(f"{ATOM}entry")
        assert len(entries) == 3
        for entry in entries:
            for name in ("title", "id", "updated"):
                assert entry.findtext(f"{ATOM}{name}"), name
            assert entry.find(f"{ATOM}link").get("href").startswith("http")


def test_draft_stories_are_not_in_the_feed(stories, client):
    StoryPage.objects.filter(pk=stories["b"].pk).update(live=False)
    assert b"Patenschaften" not in client.get(reverse("stories_rss")).content
