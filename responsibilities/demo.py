"""Demo data: “Who does what?” from the demo contact points' topics, and the public page."""

from portal import demo
from portal.i18n import localized_values

# The page's title in the other languages (German is the source).
PAGE_TITLES = {
    "en": "Who does what?",
    "ar": "من يفعل ماذا؟",
    "uk": "Хто чим займається?",
    "tr": "Kim ne yapar?",
    "fa": "چه کسی چه کاری انجام می\u200cدهد؟",
    "ru": "Кто чем занимается?",
    "de-x-ls": "Wer macht was?",
}

COUNTY_KINDS = {"immigration_office", "job_centre", "employment_agency"}
TOWN_KINDS = {"citizens_office", "integration_officer"}


def _level(point):
    if point.kind in COUNTY_KINDS or (point.kind in TOWN_KINDS and point.town_id is None):
        return "county"
    return "town" if point.kind in TOWN_KINDS else "provider"


@demo.step(220, "who does what")
def responsibilities():
    from home.models import CountyHomePage
    from offers.models import ContactPointPage

    from .models import ResponsibilitiesPage, Responsibility

    for point in ContactPointPage.objects.live().prefetch_related("topics"):
        for topic in point.topics.all():
            Responsibility.objects.get_or_create(
                topic=topic, contact_point=point, defaults={"level": _level(point), "town_id": point.town_id}
            )
    county = CountyHomePage.objects.get()
    if not ResponsibilitiesPage.objects.exists():
        page = ResponsibilitiesPage(
            title="Wer macht was?",
            slug="wer-macht-was",
            **localized_values("title", PAGE_TITLES),
            intro="Wer ist wofür zuständig? Hier finden Sie für jedes Thema die richtige Stelle.",
        )
        county.add_child(instance=page)
        page.save_revision().publish()
