"""``seed_demo --scale N`` on top of the demo county: counts, a sound page tree, translated
addresses, search documents, every generated page type renders, and a rerun adds nothing.

The scale set is built once for the module (demo + two more towns + N=200: 200 offers, 10
contact points, 40 events); the tests only read, except those that roll back what they add.
"""

import io

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Page

from events.demo import bulk_events
from events.models import EventIndexPage, EventPage, TrainingCalendarPage
from home.demo import TOWNS, bulk_towns
from home.models import TownPage
from offers.demo import bulk_contact_points, bulk_offers
from offers.models import ContactPointIndexPage, ContactPointPage, OfferIndexPage, OfferPage
from portal import demo
from portal.i18n import localized_field
from portal.models import TranslationState
from search.models import SearchDocument

# Bulk inserts read back their keys differently per engine (RETURNING or not).
pytestmark = pytest.mark.engine

N = 200
TOWN_COUNT = len(TOWNS) + 2
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _bulk(model, word):
    return model.objects.filter(slug_de__regex=rf"^{word}-[0-9]{{5}}$")


@pytest.fixture(scope="module")
def scale_site(demo_site, django_db_blocker):
    """What ``seed_demo --scale N`` adds to the demo (its scale steps; the demo steps it runs
    first are the demo_site's), with two towns more than the demo's five."""
    with django_db_blocker.unblock():
        bulk_towns(TOWN_COUNT * 200, progress=False)
        for step in demo.scale_steps():
            step.func(N, progress=False)
        yield demo_site


def test_seed_demo_refuses_a_negative_scale():
    with pytest.raises(CommandError):
        call_command("seed_demo", scale=-1, quiet=True, stdout=io.StringIO())


def test_the_scale_steps_run_in_order():
    names = [step.name for step in demo.scale_steps()]
    assert (
        names.index("towns") < names.index("finders") < names.index("contact points") < names.index("offers")
    )
    assert (
        names.index("contact points") < names.index("events") < names.index("search index") == len(names) - 1
    )


def _counts():
    return {
        "towns": TownPage.objects.count(),
        "offers": _bulk(OfferPage, "angebot").count(),
        "contact points": _bulk(ContactPointPage, "anlaufstelle").count(),
        "events": _bulk(EventPage, "termin").count(),
        "pages": Page.objects.count(),
        "translation states": TranslationState.objects.count(),
    }


def test_the_scale_set_has_its_share_of_each_content_type(scale_site):
    counts = _counts()
    assert counts["towns"] == TOWN_COUNT
    assert (counts["offers"], counts["contact points"], counts["events"]) == (N, N // 20, N // 5)
    events = _bulk(EventPage, "termin")
    assert events.exclude(recurrence="").count() == N // 5 // 5
    assert events.exclude(recurrence="").exclude(extra_dates="").exclude(exception_dates="").exists()
    for model, word, total in ((OfferPage, "angebot", N), (EventPage, "termin", N // 5)):
        translated = _bulk(model, word).exclude(title_en=None).exclude(title_en="")
        assert translated.count() == total // 5
        for code in LANGUAGES:
            assert translated.filter(**{f"{localized_field('title', code)}__gt": ""}).count() == total // 5


def test_every_town_has_its_finders_and_calendar(scale_site):
    for town in TownPage.objects.all():
        for model, slug in (
            (OfferIndexPage, "angebote"),
            (ContactPointIndexPage, "anlaufstellen"),
            (EventIndexPage, "termine"),
        ):
            assert model.objects.child_of(town).live().filter(slug_de=slug).count() == 1, (town, model)


def test_the_page_tree_is_sound(scale_site):
    assert Page.find_problems() == ([], [], [], [], [])
    pages = {page.path: page for page in Page.objects.all()}
    assert len(pages) == Page.objects.count()
    wrong = []
    for path, page in pages.items():
        parent = pages.get(path[: -Page.steplen])
        if parent is None:
            continue
        assert page.depth == parent.depth + 1
        for code in LANGUAGES:
            slug = getattr(page, localized_field("slug", code)) or page.slug_de
            parent_path = getattr(parent, localized_field("url_path", code)) or parent.url_path_de
            if getattr(page, localized_field("url_path", code)) != f"{parent_path}{slug}/":
                wrong.append((page.pk, code))
    assert not wrong


def test_bulk_pages_are_live_pages_of_their_type_in_their_town(scale_site):
    towns = {town.path: town.pk for town in TownPage.objects.all()}
    for model, word in ((OfferPage, "angebot"), (ContactPointPage, "anlaufstelle"), (EventPage, "termin")):
        pages = _bulk(model, word)
        assert pages.filter(live=True, locale__language_code="de").count() == pages.count()
        assert {type(page) for page in Page.objects.filter(pk__in=pages.values("pk")).specific()} == {model}
        for page in pages:
            assert page.town_id == towns.get(page.path[: 3 * Page.steplen]), page
            assert (
                page.title == page.title_de
                and page.slug == page.slug_de
                and page.url_path == page.url_path_de
            )
    translated = _bulk(OfferPage, "angebot").filter(title_en__gt="").first()
    assert translated.slug_en.startswith("offer-") and translated.url_path_en.endswith(
        f"/{translated.slug_en}/"
    )
    states = TranslationState.objects.filter(page=translated)
    assert {state.language for state in states} == set(LANGUAGES) - {"de"}


def test_the_county_town_holds_a_quarter_of_the_offers(scale_site):
    hohenau = OfferIndexPage.objects.child_of(TownPage.objects.get(title_de="Hohenau")).get()
    assert OfferPage.objects.child_of(hohenau).filter(slug_de__startswith="angebot-").count() == N // 4


def test_every_bulk_page_is_in_the_search_index_in_every_language(scale_site):
    for model, word in ((OfferPage, "angebot"), (ContactPointPage, "anlaufstelle"), (EventPage, "termin")):
        ids = list(_bulk(model, word).values_list("pk", flat=True))
        documents = SearchDocument.objects.filter(model_label=model._meta.label_lower, object_id__in=ids)
        assert documents.count() == len(ids) * len(LANGUAGES)


def _paths():
    new_town = TownPage.objects.order_by("-path").first()
    recurring = _bulk(EventPage, "termin").exclude(recurrence="").exclude(extra_dates="").first()
    single = _bulk(EventPage, "termin").filter(recurrence="").first()
    pages = [
        _bulk(OfferPage, "angebot").get(slug_de="angebot-00001"),  # translated
        _bulk(OfferPage, "angebot").get(slug_de="angebot-00002"),
        _bulk(ContactPointPage, "anlaufstelle").get(slug_de="anlaufstelle-00001"),
        recurring,
        single,
        new_town,
        *new_town.get_children().specific(),
        *ContactPointIndexPage.objects.filter(depth=3),
        *EventIndexPage.objects.filter(depth=3),
        *TrainingCalendarPage.objects.all(),
        *OfferIndexPage.objects.filter(depth=3),  # last: its second page is asked for too
    ]
    return pages, new_town


@pytest.mark.parametrize("language", ["de", "en", "ar", "de-x-ls"])
def test_every_generated_page_type_renders(scale_site, client, language):
    pages, new_town = _paths()
    with translation.override(language):
        urls = [page.get_url() for page in pages]
        calendars = [EventIndexPage.objects.child_of(new_town).get(), EventIndexPage.objects.get(depth=3)]
        urls += [f"{calendar.get_url()}?view=month" for calendar in calendars]
    urls.append(f"{pages[-1].url}?page=3")
    failures = {url: status for url in urls if (status := client.get(url).status_code) != 200}
    assert not failures


def test_translated_slugs_route_in_their_language(scale_site, client):
    offer = _bulk(OfferPage, "angebot").get(slug_de="angebot-00001")
    with translation.override("ar"):
        url = offer.get_url()
    assert offer.slug_ar in url or "%D8" in url
    assert client.get(url).status_code == 200


def test_a_rerun_with_the_same_scale_adds_nothing(scale_site):
    before = _counts()
    with transaction.atomic():
        for step in demo.scale_steps():
            if step.name != "search index":
                step.func(N, progress=False)
        assert _counts() == before
        transaction.set_rollback(True)


def test_the_builders_add_the_missing_items_to_the_given_parents(scale_site):
    town = TownPage.objects.get(title_de="Lindenfeld")
    finder = OfferIndexPage.objects.child_of(town).get()
    contact_finder = ContactPointIndexPage.objects.child_of(town).get()
    calendar = EventIndexPage.objects.child_of(town).get()
    with transaction.atomic():
        offers = bulk_offers(N + 3, parents=[finder])
        contact_points = bulk_contact_points(N // 20 + 2, parents=[contact_finder])
        events = bulk_events(N // 5 + 2, parents=[calendar])
        assert [page.slug_de for page in offers] == [f"angebot-{n:05d}" for n in range(N + 1, N + 4)]
        assert len(contact_points) == len(events) == 2
        finder.refresh_from_db()
        assert finder.numchild == finder.get_children().count()
        assert {page.get_parent().pk for page in offers} == {finder.pk}
        assert offers[0].categories.count() == 1 and offers[0].languages.count() == 3
        assert offers[0].opening_hours.count() == 2
        assert Page.find_problems() == ([], [], [], [], [])
        transaction.set_rollback(True)
