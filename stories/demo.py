"""Demo data: story indexes in the county and in three towns, a story in each."""

from portal import demo
from portal.i18n import localized_values

STORIES = [
    (
        None,
        "kreisnetzwerk-integration",
        "Ein Netzwerk für den ganzen Kreis",
        "Wie Ehrenamtliche, Behörden und Vereine zusammenarbeiten.",
        ["Netzwerk"],
    ),
    (
        0,
        "sprachcafe",
        "Das Sprachcafé am Marktplatz",
        "Jeden Dienstag üben Neuzugewanderte und Alteingesessene zusammen Deutsch.",
        ["Sprache", "Ehrenamt"],
    ),
    (
        1,
        "patenschaften",
        "Patenschaften für den Berufseinstieg",
        "Handwerksbetriebe begleiten junge Geflüchtete in die Ausbildung.",
        ["Arbeit"],
    ),
    (
        2,
        "interkulturelles-fest",
        "Ein Fest für alle Nachbarn",
        "Der Kulturverein lud zum ersten interkulturellen Sommerfest ein.",
        ["Kultur"],
    ),
]


# The stories index's title in the other languages (German is the source).
INDEX_TITLES = {
    "en": "Stories",
    "ar": "قصص",
    "uk": "Історії",
    "tr": "Hikâyeler",
    "fa": "داستان‌ها",
    "ru": "Истории",
    "de-x-ls": "Geschichten aus dem Landkreis",
}


@demo.step(215, "stories")
def stories():
    from home.models import CountyHomePage, TownPage
    from stories.models import StoryIndexPage, StoryPage

    county = CountyHomePage.objects.get()
    towns = list(TownPage.objects.child_of(county).order_by("path"))
    for town_number, slug, title, intro, tags in STORIES:
        parent = county if town_number is None else towns[town_number % len(towns)] if towns else county
        index = StoryIndexPage.objects.child_of(parent).first()
        if index is None:
            index = StoryIndexPage(
                title="Geschichten", slug="geschichten", **localized_values("title", INDEX_TITLES)
            )
            parent.add_child(instance=index)
            index.save_revision().publish()
        if StoryPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        story = StoryPage(title=title, slug=slug, intro=intro)
        index.add_child(instance=story)
        story.tags.add(*tags)
        story.save_revision().publish()
