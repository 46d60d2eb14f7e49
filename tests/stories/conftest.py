import datetime

import pytest

from stories.models import StoryIndexPage, StoryPage


def add_index(parent, title="Geschichten"):
    index = StoryIndexPage(title=title, slug="geschichten")
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def add_story(index, title, days_ago=0, tags=(), **kwargs):
    story = StoryPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro=f"{title}: so gelingt es.",
        story_date=datetime.date.today() - datetime.timedelta(days=days_ago),
        **kwargs,
    )
    index.add_child(instance=story)
    for tag in tags:
        story.tags.add(tag)
    story.save_revision().publish()
    return story


@pytest.fixture
def stories(county, town_a, town_b):
    indexes = {"county": add_index(county), "a": add_index(town_a.page), "b": add_index(town_b.page)}
    return {
        "indexes": indexes,
        "a": add_story(indexes["a"], "Sprachcafe Altdorf", days_ago=2, tags=["Sprache"]),
        "b": add_story(indexes["b"], "Patenschaften Neudorf", days_ago=1, tags=["Ehrenamt"]),
        "county": add_story(indexes["county"], "Kreisweites Netzwerk", days_ago=5),
    }
