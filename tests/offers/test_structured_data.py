"""Machine-readable data checked against the database: JSON-LD, open data (CSV, JSON), GeoJSON."""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page

from offers.models import ContactPointPage, OfferPage, OpenDataPage
from organisations.factories import OrganisationFactory
from portal.factories import UserFactory
from portal.opening_hours import SCHEMA_DAYS
from tests.conftest import base_county, make_users

from .factories import ContactPointPageFactory, OfferPageFactory
from .parsing import json_ld

MON, TUE, THU, SAT = 0, 1, 3, 5
YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)
PRIVATE_EMAIL = "mareike.privat@mailbox.example"


def _private_user():
    """An account whose name and address must never be published: owner, member, submitter."""
    return UserFactory(
        username="mareike-musterfrau",
        email=PRIVATE_EMAIL,
        first_name="Mareike",
        last_name="Musterfrau",
    )


@pytest.fixture(scope="module")
def _world(_county_base, module_finders, django_db_blocker):
    """The places, organisations and accounts, built once per module (no test changes them; a test's
    own additions are rolled back with its savepoint). Tests read the pages afresh (``_fresh``)."""
    with django_db_blocker.unblock():
        county, town_a, town_b = base_county(_county_base)
        make_users(town_a, town_b)
        return _build(county, module_finders.offers, module_finders.contact_points, _private_user())


@pytest.fixture
def world(_world, db):
    cache.clear()  # Wagtail caches site root paths
    return _world


def _build(county, offer_finders, contact_finders, private_user):
    county.add_child(instance=OpenDataPage(title="Offene Daten", slug="offene-daten"))
    mso = OrganisationFactory(name="Brücke e. V.", kind="mso", public_email="kontakt@bruecke.example")
    mso.members.add(private_user)
    behoerde = OrganisationFactory(
        name="Landratsamt", kind="public_body", website="https://landratsamt.example"
    )
    offers = {
        "sprachkurs": OfferPageFactory(
            parent=offer_finders.a,
            slug="sprachkurs",
            title="Deutschkurs am Samstag",
            title_ar="دورة ألمانية يوم السبت",
            intro="Deutsch lernen in kleinen Gruppen.",
            categories=["deutschkurs", "sprachcafe"],
            target_groups=["erwachsene"],
            languages=["ar", "de"],
            hours=[(SAT, "10:00", "12:00"), (TUE, "18:00", "20:30")],
            closures=[("2025-12-24", "2025-12-31")],
            street="Marktplatz 1",
            postcode="12345",
            city="Altdorf",
            latitude=Decimal("50.12345"),
            longitude=Decimal("9.54321"),
            step_free=True,
            provider=mso,
            contact_role="Sprachkursbüro",
            contact_email="kurse@bruecke.example",
            owner=private_user,
        ),
        "beratung-kosten": OfferPageFactory(
            parent=offer_finders.county,
            slug="beratung-kosten",
            title="Rechtsberatung",
            categories=["migrationsberatung"],
            languages=["uk"],
            cost="fee",
            fee_amount=Decimal("25.50"),
            hours=[(MON, "09:00", "12:00")],
            latitude=Decimal("50.20000"),
            longitude=Decimal("9.60000"),
            owner=private_user,
        ),
        "ermaessigt-ohne-ort": OfferPageFactory(
            parent=offer_finders.b,
            slug="ermaessigt-ohne-ort",
            title="Schwimmkurs",
            categories=["freizeit"],
            cost="reduced",
            fee_note="ermäßigt mit Familienpass",
            latitude=None,
            longitude=None,
        ),
        "abgelaufen": OfferPageFactory(
            parent=offer_finders.a, slug="abgelaufen", categories=["deutschkurs"], valid_until=YESTERDAY
        ),
        "entwurf": OfferPageFactory(
            parent=offer_finders.a, slug="entwurf", categories=["deutschkurs"], live=False
        ),
    }
    contact_points = {
        "auslaenderbehoerde": ContactPointPageFactory(
            parent=contact_finders.county,
            slug="auslaenderbehoerde",
            title="Ausländerbehörde",
            kind="immigration_office",
            organisation=behoerde,
            languages=["ar", "en"],
            topics=["aufenthalt"],
            hours=[(MON, "08:00", "12:00"), (THU, "14:00", "18:00")],
            closures=[("2025-10-03", None)],
            street="Schlossstraße 3",
            postcode="12340",
            city="Kreisstadt",
            latitude=Decimal("50.30000"),
            longitude=Decimal("9.70000"),
            contact_phone="06000 1234",
            contact_email="auslaenderbehoerde@landratsamt.example",
            owner=private_user,
        ),
        "a-beratung": ContactPointPageFactory(
            parent=contact_finders.a, slug="a-beratung", languages=["de"], hours=[(TUE, "09:00", "12:00")]
        ),
        "ohne-ort": ContactPointPageFactory(
            parent=contact_finders.b, slug="ohne-ort", languages=["ar"], latitude=None, longitude=None
        ),
        "entwurf-stelle": ContactPointPageFactory(
            parent=contact_finders.a, slug="entwurf-stelle", live=False
        ),
    }
    return {**offers, **contact_points}


LIVE_OFFERS = {"sprachkurs", "beratung-kosten", "ermaessigt-ohne-ort"}
LIVE_CONTACT_POINTS = {"auslaenderbehoerde", "a-beratung", "ohne-ort"}


def _fresh(page):
    return type(page).objects.select_related("town").get(pk=page.pk)


def _hours_spec(page):
    weekly = {
        (
            f"https://schema.org/{SCHEMA_DAYS[h.weekday]}",
            h.opens.strftime("%H:%M"),
            h.closes.strftime("%H:%M"),
        )
        for h in page.opening_hours.all()
    }
    closed = {(c.date_from.isoformat(), c.last_day.isoformat()) for c in page.closures.all()}
    return weekly, closed


def _spec_from_json_ld(items):
    weekly = {(item["dayOfWeek"], item["opens"], item["closes"]) for item in items if "dayOfWeek" in item}
    closed = {
        (item["validFrom"], item["validThrough"])
        for item in items
        if "validFrom" in item and item["opens"] == item["closes"] == "00:00"
    }
    assert all(item["@type"] == "OpeningHoursSpecification" for item in items)
    return weekly, closed


def _address(page):
    return {
        "@type": "PostalAddress",
        "streetAddress": page.street,
        "postalCode": page.postcode,
        "addressLocality": page.city,
        "addressCountry": "DE",
    }


def _geo(page):
    return {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)}


# --- JSON-LD ---------------------------------------------------------------------------------


def test_offer_json_ld_matches_the_database(client, world):
    page = _fresh(world["sprachkurs"])

    data = json_ld(client.get(page.url))

    place = data["availableChannel"]["serviceLocation"]
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Service"
    assert data["name"] == page.title_de
    assert data["url"] == page.get_full_url()
    assert data["isAccessibleForFree"] is True
    assert data["offers"] == {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    assert sorted(data["availableLanguage"]) == sorted(page.languages.values_list("code", flat=True))
    assert _spec_from_json_ld(data["hoursAvailable"]) == _hours_spec(page)
    assert place["address"] == _address(page)
    assert place["geo"] == _geo(page)
    assert data["areaServed"] == page.town.title_de
    assert data["provider"] == {"@type": "Organization", "name": "Brücke e. V."}


def test_fee_offer_json_ld_is_not_free(client, world):
    page = _fresh(world["beratung-kosten"])

    data = json_ld(client.get(page.url))

    assert data["isAccessibleForFree"] is False
    assert data["offers"] == {"@type": "Offer", "price": "25.50", "priceCurrency": "EUR"}
    assert data["availableLanguage"] == ["uk"]
    assert "areaServed" not in data  # county-wide


def test_offer_without_coordinates_has_no_geo(client, world):
    data = json_ld(client.get(_fresh(world["ermaessigt-ohne-ort"]).url))

    assert "geo" not in data["availableChannel"]["serviceLocation"]
    assert data["isAccessibleForFree"] is False


def test_offer_json_ld_in_arabic_has_the_arabic_title(client, world):
    page = _fresh(world["sprachkurs"])
    with translation.override("ar"):
        url = page.get_url()

    data = json_ld(client.get(url))

    assert url.startswith("/ar/")
    assert data["name"] == "دورة ألمانية يوم السبت"


def test_json_ld_cannot_be_closed_early(client, world, module_finders):
    title = "Kurs </script><script>alert(1)</script>"
    finder = Page.objects.get(pk=module_finders.offers.county.pk).specific
    page = OfferPageFactory(parent=finder, slug="kurs-script", title=title)

    response = client.get(page.url)

    assert json_ld(response)["name"] == title
    assert b"<script>alert(1)</script>" not in response.content


def test_contact_point_json_ld_matches_the_database(client, world):
    page = _fresh(world["auslaenderbehoerde"])

    data = json_ld(client.get(page.url))

    assert data["@type"] == "GovernmentOffice"
    assert data["name"] == page.title_de
    assert data["url"] == page.get_full_url()
    assert data["address"] == _address(page)
    assert data["geo"] == _geo(page)
    assert data["telephone"] == page.contact_phone
    assert data["email"] == page.contact_email
    assert sorted(data["knowsLanguage"]) == sorted(page.languages.values_list("code", flat=True))
    assert _spec_from_json_ld(data["openingHoursSpecification"]) == _hours_spec(page)
    assert data["parentOrganization"] == {
        "@type": "Organization",
        "name": "Landratsamt",
        "url": "https://landratsamt.example",
    }


# --- open data -------------------------------------------------------------------------------


def _body(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


def read_csv(response):
    text = _body(response)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def read_json(response):
    return json.loads(_body(response))


def _slugs(model, ids):
    return set(model.objects.filter(pk__in=ids).values_list("slug_de", flat=True))


def _offer_expected(page):
    page = _fresh(page)
    return {
        "title_de": page.title_de,
        "title_ar": page.title_ar or "",
        "town": page.town.title_de if page.town else "",
        "categories": "|".join(sorted(page.categories.values_list("slug", flat=True))),
        "target_groups": "|".join(sorted(page.target_groups.values_list("slug", flat=True))),
        "languages": "|".join(sorted(page.languages.values_list("code", flat=True))),
        "cost": page.cost,
        "fee_amount": "" if page.fee_amount is None else str(page.fee_amount),
        "latitude": "" if page.latitude is None else str(page.latitude),
        "longitude": "" if page.longitude is None else str(page.longitude),
        "provider": page.provider.name if page.provider else "",
        "url": page.full_url,
    }


def _contact_point_expected(page):
    page = _fresh(page)
    return {
        "title_de": page.title_de,
        "kind": page.kind,
        "town": page.town.title_de if page.town else "",
        "topics": "|".join(sorted(page.topics.values_list("slug", flat=True))),
        "languages": "|".join(sorted(page.languages.values_list("code", flat=True))),
        "contact_email": page.contact_email,
        "latitude": "" if page.latitude is None else str(page.latitude),
    }


def test_offers_csv_matches_the_database(client, world):
    rows = read_csv(client.get("/open-data/offers.csv"))

    by_id = {int(row["id"]): row for row in rows}
    assert len(by_id) == len(rows)
    assert _slugs(OfferPage, by_id) == LIVE_OFFERS
    expected = {world[slug].pk: _offer_expected(world[slug]) for slug in LIVE_OFFERS}
    assert {pk: {key: by_id[pk][key] for key in expected[pk]} for pk in by_id} == expected


def test_offers_csv_booleans_and_hours(client, world):
    rows = {row["id"]: row for row in read_csv(client.get("/open-data/offers.csv"))}

    row = rows[str(world["sprachkurs"].pk)]
    assert row["step_free"] == "true"
    assert row["appointment_only"] == "false"
    assert row["opening_hours"] == "; ".join(str(h) for h in _fresh(world["sprachkurs"]).opening_hours.all())


def test_offers_json_matches_the_database(client, world):
    data = read_json(client.get("/open-data/offers.json"))

    assert data["dataset"] == "offers"
    assert data["licence"]["name"].startswith("Datenlizenz Deutschland")
    by_id = {item["id"]: item for item in data["items"]}
    assert _slugs(OfferPage, by_id) == LIVE_OFFERS
    expected = {world[slug].pk: _offer_expected(world[slug]) for slug in LIVE_OFFERS}
    assert {pk: {key: by_id[pk][key] for key in expected[pk]} for pk in by_id} == expected
    assert by_id[world["sprachkurs"].pk]["step_free"] is True
    assert by_id[world["beratung-kosten"].pk]["step_free"] is False


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_contact_points_export_matches_the_database(client, world, fmt):
    response = client.get(f"/open-data/contact-points.{fmt}")
    items = read_csv(response) if fmt == "csv" else read_json(response)["items"]

    by_id = {int(item["id"]): item for item in items}
    assert _slugs(ContactPointPage, by_id) == LIVE_CONTACT_POINTS
    expected = {world[slug].pk: _contact_point_expected(world[slug]) for slug in LIVE_CONTACT_POINTS}
    assert {pk: {key: by_id[pk][key] for key in expected[pk]} for pk in by_id} == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("free=on", {"sprachkurs"}),
        ("town=altdorf", {"sprachkurs"}),
        ("category=beratung", {"beratung-kosten"}),
        ("language=uk", {"beratung-kosten"}),
        ("day=0", {"beratung-kosten"}),
        ("day=2", set()),
        ("town=zzz", LIVE_OFFERS),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_offers_export_applies_the_finder_filters(client, world, fmt, query, expected):
    response = client.get(f"/open-data/offers.{fmt}?{query}")
    items = read_csv(response) if fmt == "csv" else read_json(response)["items"]

    assert _slugs(OfferPage, [int(item["id"]) for item in items]) == expected


@pytest.mark.parametrize(
    "path", ["/open-data/unknown.csv", "/open-data/offers.xml", "/open-data/offers.csv.json"]
)
def test_unknown_export_is_not_found(client, db, path):
    assert client.get(path).status_code == 404


# --- GeoJSON ---------------------------------------------------------------------------------


def read_geojson(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    return data["features"]


def _feature_keys(features):
    models = {"offer": OfferPage, "contact_point": ContactPointPage}
    return {
        (
            feature["properties"]["kind"],
            models[feature["properties"]["kind"]].objects.get(pk=feature["properties"]["id"]).slug_de,
        )
        for feature in features
    }


def _keys(offers=(), contact_points=()):
    return {("offer", slug) for slug in offers} | {("contact_point", slug) for slug in contact_points}


WITH_COORDINATES = _keys({"sprachkurs", "beratung-kosten"}, {"auslaenderbehoerde", "a-beratung"})


def test_geojson_has_the_live_places_with_coordinates(client, world):
    features = read_geojson(client.get("/geo/places.geojson"))

    assert len(features) == len(WITH_COORDINATES)
    assert _feature_keys(features) == WITH_COORDINATES


def test_geojson_coordinates_are_longitude_first(client, world):
    features = read_geojson(client.get("/geo/places.geojson"))

    models = {"offer": OfferPage, "contact_point": ContactPointPage}
    places = {
        feature["properties"]["id"]: models[feature["properties"]["kind"]].objects.get(
            pk=feature["properties"]["id"]
        )
        for feature in features
    }
    assert {feature["properties"]["id"]: feature["geometry"] for feature in features} == {
        pk: {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]}
        for pk, place in places.items()
    }


def test_geojson_properties(client, world):
    features = read_geojson(client.get("/geo/places.geojson"))

    page = _fresh(world["sprachkurs"])
    feature = next(f for f in features if f["properties"]["id"] == page.pk)
    assert feature["properties"] == {
        "id": page.pk,
        "kind": "offer",
        "title": page.title_de,
        "url": page.url,
        "town": "Altdorf",
        "address": "Marktplatz 1, 12345 Altdorf",
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # filters only offers have: contact points are left out
        ("free=on", _keys({"sprachkurs"})),
        ("category=sprache", _keys({"sprachkurs"})),
        ("target=erwachsene", _keys({"sprachkurs"})),
        # filters both have
        ("language=ar", _keys({"sprachkurs"}, {"auslaenderbehoerde"})),
        ("town=altdorf", _keys({"sprachkurs"}, {"a-beratung"})),
        ("day=1", _keys({"sprachkurs"}, {"a-beratung"})),
        ("day=0", _keys({"beratung-kosten"}, {"auslaenderbehoerde"})),
        ("accessible=on", _keys({"sprachkurs"})),
        # unknown values are ignored
        ("town=zzz&day=9", WITH_COORDINATES),
    ],
)
def test_geojson_applies_the_filters(client, world, query, expected):
    assert _feature_keys(read_geojson(client.get(f"/geo/places.geojson?{query}"))) == expected


def _ids(response):
    if response.streaming:
        return sorted(item["id"] for item in json.loads(_body(response))["items"])
    return sorted(feature["properties"]["id"] for feature in read_geojson(response))


@pytest.mark.parametrize("language", ["en", "ar", "uk"])
@pytest.mark.parametrize("path", ["/geo/places.geojson?town=altdorf", "/open-data/offers.json?town=altdorf"])
def test_data_endpoints_do_not_depend_on_the_browser_language(client, world, path, language):
    """The data URLs have no language prefix; the reader's Accept-Language must not change the result."""
    expected = _ids(client.get(path))
    assert expected

    assert _ids(client.get(path, headers={"accept-language": language})) == expected


# --- no personal data ------------------------------------------------------------------------

EXPORTS = [
    "/open-data/offers.csv",
    "/open-data/offers.json",
    "/open-data/contact-points.csv",
    "/open-data/contact-points.json",
    "/open-data/organisations.csv",
    "/open-data/organisations.json",
    "/geo/places.geojson",
]


@pytest.mark.parametrize("path", EXPORTS)
def test_exports_contain_no_account_data(client, world, path):
    from django.contrib.auth import get_user_model

    response = client.get(path)
    assert response.status_code == 200
    content = (_body(response) if response.streaming else response.content.decode()).casefold()

    accounts = get_user_model().objects.all()
    assert accounts.count() >= 6
    leaked = {user.email for user in accounts if user.email and user.email.casefold() in content}
    leaked |= {word for word in ("mareike", "musterfrau") if word in content}
    assert leaked == set()
