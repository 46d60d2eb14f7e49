"""The offer and contact point finders: filters, notices, paging, scope and sorting."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from portal.clock import BERLIN

from .factories import ContactPointPageFactory, OfferPageFactory
from .parsing import listed_slugs, notices, open_now_slugs, soup

MON, TUE, SAT = 0, 1, 5
TODAY = datetime.date.today()
YESTERDAY = TODAY - datetime.timedelta(days=1)
# Saturday 11 January 2025, 10:30 in Berlin
SATURDAY_MORNING = datetime.datetime(2025, 1, 11, 10, 30, tzinfo=BERLIN)

OFFERS = {
    # slug: (finder, attributes)
    "a-deutsch-frei-sa": (
        "a",
        {
            "categories": ["deutschkurs"],
            "hours": [(SAT, "10:00", "12:00")],
            "languages": ["ar", "de"],
            "target_groups": ["erwachsene"],
            "step_free": True,
        },
    ),
    "a-deutsch-kosten-sa": (
        "a",
        {
            "categories": ["deutschkurs"],
            "cost": "fee",
            "fee_amount": Decimal("50.00"),
            "hours": [(SAT, "10:00", "12:00")],
            "languages": ["de"],
        },
    ),
    "a-cafe-frei-sa": (
        "a",
        {
            "categories": ["sprachcafe"],
            "hours": [(SAT, "14:00", "16:00")],
            "languages": ["uk", "de"],
            "target_groups": ["frauen"],
        },
    ),
    # main category and one of its subcategories, two ranges on Saturday: listed once all the same
    "a-sprache-frei-sa": (
        "a",
        {
            "categories": ["sprache", "sprachcafe"],
            "hours": [(SAT, "09:00", "10:00"), (SAT, "14:00", "15:00"), (TUE, "18:00", "20:00")],
        },
    ),
    "a-integration-frei-mo": (
        "a",
        {"categories": ["integrationskurs"], "hours": [(MON, "09:00", "12:00")], "languages": ["ar"]},
    ),
    "a-beratung-frei-sa": (
        "a",
        {
            "categories": ["migrationsberatung"],
            "hours": [(SAT, "10:00", "12:00")],
            "languages": ["ar"],
            "step_free": True,
            # closed around the frozen Saturday
            "closures": [("2025-01-06", "2025-01-12")],
        },
    ),
    "a-gueltig-bis-heute": (
        "a",
        {"categories": ["wohnen"], "hours": [(SAT, "10:00", "11:00")], "valid_until": TODAY},
    ),
    "b-deutsch-frei-sa": (
        "b",
        {"categories": ["deutschkurs"], "hours": [(SAT, "10:00", "12:00")], "languages": ["ar"]},
    ),
    "kreis-deutsch-frei-sa": (
        "county",
        {"categories": ["deutschkurs"], "hours": [(SAT, "10:00", "12:00")]},
    ),
    "a-abgelaufen": (
        "a",
        {
            "categories": ["deutschkurs"],
            "hours": [(SAT, "10:00", "12:00")],
            "valid_from": YESTERDAY - datetime.timedelta(days=30),
            "valid_until": YESTERDAY,
        },
    ),
    "a-entwurf": (
        "a",
        {"categories": ["deutschkurs"], "hours": [(SAT, "10:00", "12:00")], "live": False},
    ),
}
NOT_LISTED = {"a-abgelaufen", "a-entwurf"}
LISTED = set(OFFERS) - NOT_LISTED
IN_TOWN = {finder: {slug for slug in LISTED if OFFERS[slug][0] == finder} for finder in ("a", "b", "county")}


@pytest.fixture
def offers(offer_finders):
    return {
        slug: OfferPageFactory(parent=getattr(offer_finders, finder), slug=slug, **attributes)
        for slug, (finder, attributes) in OFFERS.items()
    }


def _filter_notice(label):
    with translation.override("de"):
        message = gettext("The filter “%(filter)s” had an unknown value and was ignored.")
        return message % {"filter": gettext(label)}


def _page_notice():
    with translation.override("de"):
        return gettext("The page number was not valid; the first page is shown.")


def _freeze(monkeypatch, moment):
    """The finder's filter and the cards' "open now" tag each look up the current time."""
    monkeypatch.setattr("offers.finder.filters.berlin_now", lambda: moment)
    monkeypatch.setattr("offers.finder.query.berlin_now", lambda: moment)


# --- the done-when scenario ------------------------------------------------------------------


def test_arabic_town_finder_lists_free_language_courses_open_on_saturday(client, offers):
    response = client.get("/ar/altdorf/angebote/?category=sprache&free=on&day=5")

    assert response.status_code == 200
    assert soup(response).html["lang"] == "ar"
    assert sorted(listed_slugs(response)) == sorted(
        ["a-deutsch-frei-sa", "a-cafe-frei-sa", "a-sprache-frei-sa"]
    )
    assert notices(response) == []


# --- filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", LISTED),
        ("town=altdorf", IN_TOWN["a"]),
        ("town=neudorf", IN_TOWN["b"]),
        (
            "category=sprache",
            {
                "a-deutsch-frei-sa",
                "a-deutsch-kosten-sa",
                "a-cafe-frei-sa",
                "a-sprache-frei-sa",
                "a-integration-frei-mo",
                "b-deutsch-frei-sa",
                "kreis-deutsch-frei-sa",
            },
        ),
        (
            "category=deutschkurs",
            {"a-deutsch-frei-sa", "a-deutsch-kosten-sa", "b-deutsch-frei-sa", "kreis-deutsch-frei-sa"},
        ),
        ("category=sprachcafe", {"a-cafe-frei-sa", "a-sprache-frei-sa"}),
        ("category=beratung", {"a-beratung-frei-sa"}),
        ("target=erwachsene", {"a-deutsch-frei-sa"}),
        ("target=frauen", {"a-cafe-frei-sa"}),
        (
            "language=ar",
            {"a-deutsch-frei-sa", "a-integration-frei-mo", "a-beratung-frei-sa", "b-deutsch-frei-sa"},
        ),
        ("language=uk", {"a-cafe-frei-sa"}),
        ("day=5", LISTED - {"a-integration-frei-mo"}),
        ("day=1", {"a-sprache-frei-sa"}),
        ("day=0", {"a-integration-frei-mo"}),
        ("day=6", set()),
        ("free=on", LISTED - {"a-deutsch-kosten-sa"}),
        ("accessible=on", {"a-deutsch-frei-sa", "a-beratung-frei-sa"}),
        ("town=altdorf&category=sprache&language=ar&day=5", {"a-deutsch-frei-sa"}),
        (
            "category=sprache&free=on&day=5",
            {
                "a-deutsch-frei-sa",
                "a-cafe-frei-sa",
                "a-sprache-frei-sa",
                "b-deutsch-frei-sa",
                "kreis-deutsch-frei-sa",
            },
        ),
    ],
)
def test_county_finder_filters(client, offers, query, expected):
    response = client.get(f"/angebote/?{query}")

    assert response.status_code == 200
    listed = listed_slugs(response)
    assert sorted(listed) == sorted(expected)  # a list: each offer once, however many joins match
    assert notices(response) == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/angebote/", LISTED),
        ("/altdorf/angebote/", IN_TOWN["a"]),
        ("/neudorf/angebote/", IN_TOWN["b"]),
        ("/altdorf/angebote/?town=altdorf", IN_TOWN["a"]),
        ("/neudorf/angebote/?category=deutschkurs", {"b-deutsch-frei-sa"}),
    ],
)
def test_town_finder_lists_only_its_towns_offers(client, offers, path, expected):
    response = client.get(path)

    assert response.status_code == 200
    assert sorted(listed_slugs(response)) == sorted(expected)


@pytest.mark.parametrize(
    ("path", "target", "expected"),
    [
        # another town: the county finder, filtered to that town, the other filters kept
        (
            "/altdorf/angebote/?town=neudorf&category=deutschkurs&page=2",
            "/angebote/?category=deutschkurs&town=neudorf",
            {"b-deutsch-frei-sa"},
        ),
        # "all towns" (the empty choice) in Arabic: every town's free German course on Saturday
        (
            "/ar/altdorf/angebote/?town=&category=deutschkurs&free=on&day=5",
            "/ar/angebote/?category=deutschkurs&free=on&day=5",
            {"a-deutsch-frei-sa", "b-deutsch-frei-sa", "kreis-deutsch-frei-sa"},
        ),
    ],
)
def test_town_finder_hands_another_town_to_the_county_finder(client, offers, path, target, expected):
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"] == target
    assert sorted(listed_slugs(client.get(target))) == sorted(expected)


def test_town_finder_starts_at_its_town_and_links_all_towns_with_the_filters(client, offers):
    page = soup(client.get("/altdorf/angebote/?category=deutschkurs&page=1"))

    assert page.select_one("select[name=town] option[selected]")["value"] == "altdorf"
    assert page.select_one(".finder__scope a")["href"] == "/angebote/?category=deutschkurs"
    # the county finder has no such link: it is all towns already
    assert soup(client.get("/angebote/")).select_one(".finder__scope") is None


@pytest.mark.parametrize("slug", sorted(NOT_LISTED))
@pytest.mark.parametrize("path", ["/angebote/", "/altdorf/angebote/", "/en/altdorf/angebote/"])
def test_expired_and_unpublished_offers_are_not_listed(client, offers, path, slug):
    response = client.get(path)

    assert response.status_code == 200
    assert slug not in listed_slugs(response)


def test_offer_valid_until_today_is_listed(client, offers):
    assert "a-gueltig-bis-heute" in listed_slugs(client.get("/altdorf/angebote/"))


@pytest.mark.parametrize("moved", [False, True], ids=["in-place", "after-a-move"])
def test_private_offer_is_neither_listed_nor_shown(client, offer_finders, moved):
    """An offer behind a login restriction stays private, also after it moved to another finder."""
    private = OfferPageFactory(parent=offer_finders.a, slug="privat")
    OfferPageFactory(parent=offer_finders.a, slug="oeffentlich")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert listed_slugs(client.get("/angebote/")) == ["oeffentlich"]  # fills the caches
    if moved:
        private.move(offer_finders.b, pos="last-child")
    private.refresh_from_db()

    assert listed_slugs(client.get("/angebote/")) == ["oeffentlich"]
    assert client.get(private.url).status_code == 302  # to the login form


@pytest.mark.parametrize("language", ["de", "en", "ar", "uk"])
def test_town_filter_works_in_every_language(client, offers, language):
    prefix = "" if language == "de" else f"/{language}"
    response = client.get(f"{prefix}/angebote/?town=altdorf")

    assert response.status_code == 200
    assert sorted(listed_slugs(response)) == sorted(IN_TOWN["a"])


# --- open now --------------------------------------------------------------------------------

OPEN_ON_SATURDAY_MORNING = {
    "a-deutsch-frei-sa",
    "a-deutsch-kosten-sa",
    "a-gueltig-bis-heute",
    "b-deutsch-frei-sa",
    "kreis-deutsch-frei-sa",
}


def test_open_now_filter_uses_the_current_berlin_time(client, offers, monkeypatch):
    _freeze(monkeypatch, SATURDAY_MORNING)

    response = client.get("/angebote/?open_now=on")

    assert response.status_code == 200
    # a-beratung-frei-sa has Saturday hours, but is closed that week
    assert sorted(listed_slugs(response)) == sorted(OPEN_ON_SATURDAY_MORNING)


def test_cards_mark_the_places_open_now(client, offers, monkeypatch):
    _freeze(monkeypatch, SATURDAY_MORNING)

    response = client.get("/angebote/")

    assert open_now_slugs(response) == OPEN_ON_SATURDAY_MORNING


def test_open_now_ignores_closures_before_and_after_today(client, offer_finders, monkeypatch):
    """Holidays recorded for last Christmas and for the spring do not close a place today."""
    _freeze(monkeypatch, SATURDAY_MORNING)
    OfferPageFactory(
        parent=offer_finders.county,
        slug="mit-ferien",
        hours=[(SAT, "10:00", "12:00")],
        closures=[("2024-12-23", "2025-01-03"), ("2025-03-01", "2025-03-05")],
    )

    response = client.get("/angebote/?open_now=on")

    assert open_now_slugs(client.get("/angebote/")) == {"mit-ferien"}
    assert listed_slugs(response) == ["mit-ferien"]


# --- unknown and malformed values ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "notice", "expected"),
    [
        ("town=zzz", _filter_notice("Town"), LISTED),
        ("day=9", _filter_notice("Open on"), LISTED),
        ("day=abc", _filter_notice("Open on"), LISTED),
        ("day=-1", _filter_notice("Open on"), LISTED),
        ("category=<script>alert(1)</script>", _filter_notice("Category"), LISTED),
        ("target=niemand", _filter_notice("Target group"), LISTED),
        ("language=xx", _filter_notice("Language"), LISTED),
        ("sort=preis", _filter_notice("Sort by"), LISTED),
        ("free=on&day=9", _filter_notice("Open on"), LISTED - {"a-deutsch-kosten-sa"}),
        ("page=abc", _page_notice(), LISTED),
        ("page=0", _page_notice(), LISTED),
        ("page=-1", _page_notice(), LISTED),
    ],
)
def test_malformed_values_are_ignored_with_a_notice(client, offers, query, notice, expected):
    response = client.get(f"/angebote/?{query}")

    assert response.status_code == 200
    assert notices(response) == [notice]
    assert sorted(listed_slugs(response)) == sorted(expected)
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize(
    "path", ["/ar/altdorf/angebote/?town=zzz&day=9", "/en/anlaufstellen/?day=9&language=<b>"]
)
def test_malformed_values_never_cause_an_error_in_other_languages(
    client, offer_finders, contact_finders, path
):
    response = client.get(path, follow=True)  # another town (here: none known) is the county's

    assert response.status_code == 200
    assert len(notices(response)) == 2


@pytest.mark.parametrize("query", ["page=2", "page=99", "category=beratung&page=2"])
def test_page_number_past_the_end_is_not_found(client, offers, query):
    assert client.get(f"/angebote/?{query}").status_code == 404


@pytest.fixture
def many_offers(offer_finders):
    return [OfferPageFactory(parent=offer_finders.county, slug=f"angebot-{n:02d}") for n in range(25)]


@pytest.mark.parametrize(("query", "expected"), [("", 20), ("page=1", 20), ("page=2", 5)])
def test_finder_pages_twenty_results(client, many_offers, query, expected):
    response = client.get(f"/angebote/?{query}")

    assert response.status_code == 200
    assert len(listed_slugs(response)) == expected
    assert response.context["result"].count == 25


def test_pages_together_list_every_offer_once(client, many_offers):
    slugs = listed_slugs(client.get("/angebote/")) + listed_slugs(client.get("/angebote/?page=2"))

    assert sorted(slugs) == sorted(page.slug for page in many_offers)
    assert client.get("/angebote/?page=3").status_code == 404


# --- sorting ---------------------------------------------------------------------------------


@pytest.fixture
def sortable(offer_finders):
    specs = [
        ("Anton", "b", "2024-01-01"),
        ("Berta", "county", "2025-06-01"),
        ("Caesar", "a", "2023-01-01"),
        ("Dora", "a", "2025-01-01"),
    ]
    for title, finder, reviewed in specs:
        OfferPageFactory(
            parent=getattr(offer_finders, finder),
            title=title,
            last_reviewed=datetime.date.fromisoformat(reviewed),
        )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["anton", "berta", "caesar", "dora"]),
        ("sort=title", ["anton", "berta", "caesar", "dora"]),
        # county-wide first, then by town name (Altdorf, Neudorf), then by title
        ("sort=town", ["berta", "caesar", "dora", "anton"]),
        ("sort=reviewed", ["berta", "dora", "anton", "caesar"]),
    ],
)
def test_sort(client, sortable, query, expected):
    assert listed_slugs(client.get(f"/angebote/?{query}")) == expected


# --- contact point finder --------------------------------------------------------------------


@pytest.fixture
def contact_points(contact_finders):
    specs = {
        "a-beratung": ("a", {"languages": ["ar"], "hours": [(MON, "09:00", "12:00")], "step_free": True}),
        "a-jobcenter": ("a", {"languages": ["de"], "hours": [(SAT, "09:00", "12:00")]}),
        "b-auslaenderbehoerde": ("b", {"languages": ["ar", "uk"], "hours": [(TUE, "08:00", "12:00")]}),
        "a-entwurf": ("a", {"languages": ["ar"], "live": False}),
    }
    return {
        slug: ContactPointPageFactory(parent=getattr(contact_finders, finder), slug=slug, **attributes)
        for slug, (finder, attributes) in specs.items()
    }


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/anlaufstellen/", {"a-beratung", "a-jobcenter", "b-auslaenderbehoerde"}),
        ("/altdorf/anlaufstellen/", {"a-beratung", "a-jobcenter"}),
        ("/neudorf/anlaufstellen/", {"b-auslaenderbehoerde"}),
        ("/anlaufstellen/?town=neudorf", {"b-auslaenderbehoerde"}),
        ("/altdorf/anlaufstellen/?town=neudorf", {"b-auslaenderbehoerde"}),  # via the county finder
        ("/anlaufstellen/?language=ar", {"a-beratung", "b-auslaenderbehoerde"}),
        ("/anlaufstellen/?day=5", {"a-jobcenter"}),
        ("/anlaufstellen/?day=0", {"a-beratung"}),
        ("/anlaufstellen/?accessible=on", {"a-beratung"}),
        ("/altdorf/anlaufstellen/?language=ar", {"a-beratung"}),
        # filters only offers have are not part of this finder
        ("/anlaufstellen/?category=sprache&free=on", {"a-beratung", "a-jobcenter", "b-auslaenderbehoerde"}),
    ],
)
def test_contact_point_finder(client, contact_points, path, expected):
    response = client.get(path, follow=True)

    assert response.status_code == 200
    assert sorted(listed_slugs(response)) == sorted(expected)
