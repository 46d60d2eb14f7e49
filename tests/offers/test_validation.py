"""Validation of offers and contact points: through the admin edit form, and the models' clean()."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from offers.models import ContactPointPage, OfferClosure, OfferHours, OfferPage
from tests.forms import empty_streamfields, form_data

from .factories import ContactPointPageFactory, OfferPageFactory

SAT = 5


@pytest.fixture(scope="module")
def _places(module_finders, django_db_blocker):
    """The pages the cases edit or clean, built once per module; each case reads them afresh and
    its changes are rolled back with its savepoint."""
    with django_db_blocker.unblock():
        offers, contact_points = module_finders.offers.a, module_finders.contact_points.a
        return {
            "offer": OfferPageFactory(
                parent=offers,
                categories=["deutschkurs"],
                languages=["de", "ar"],
                hours=[(SAT, "10:00", "12:00")],
                latitude=Decimal("50.12345"),
                longitude=Decimal("9.12345"),
            ),
            "contact_point": ContactPointPageFactory(
                parent=contact_points,
                languages=["ar"],
                hours=[(SAT, "10:00", "12:00")],
                latitude=Decimal("50.12345"),
                longitude=Decimal("9.12345"),
            ),
            "offer_without_coordinates": OfferPageFactory(parent=offers, latitude=None, longitude=None),
            "plain_contact_point": ContactPointPageFactory(parent=contact_points),
        }


def _fresh(page):
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def offer(_places, db):
    return _fresh(_places["offer"])


@pytest.fixture
def contact_point(_places, db):
    return _fresh(_places["contact_point"])


@pytest.fixture
def offer_without_coordinates(_places, db):
    return _fresh(_places["offer_without_coordinates"])


@pytest.fixture
def plain_contact_point(_places, db):
    return _fresh(_places["plain_contact_point"])


@pytest.fixture
def admin_client(client_for):
    return client_for("admin")


def _add_inline(data, prefix, **values):
    """One more inline form, as the admin's "add" button makes it."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    data.update({f"{prefix}-{index}-id": "", f"{prefix}-{index}-ORDER": str(index + 1)})
    data.update({f"{prefix}-{index}-DELETE": ""})
    data.update({f"{prefix}-{index}-{name}": value for name, value in values.items()})


def publish_edit(client, page, changes=None, hours=(), closures=()):
    """Open the page's edit form, change it, and press "publish"."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = {**form_data(response, "form#page-edit-form"), **empty_streamfields(type(page))}
    data.update(changes or {})
    for weekday, opens, closes in hours:
        _add_inline(data, "opening_hours", weekday=str(weekday), opens=opens, closes=closes)
    for date_from, date_until in closures:
        _add_inline(data, "closures", date_from=date_from, date_until=date_until, note="")
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def field_errors(response):
    """Errors per field of the re-rendered edit form, inline forms as "<prefix>-<n>-<field>"."""
    if response.status_code != 200 or response.context is None:
        return {}
    form = response.context["form"]
    errors = {name: list(messages) for name, messages in form.errors.items()}
    for formset in form.formsets.values():
        for inline in formset.forms:
            errors.update(
                {f"{inline.prefix}-{name}": list(messages) for name, messages in inline.errors.items()}
            )
    return errors


def stored(page):
    """Everything stored about the page: its row, hours, closures, M2M and revisions."""
    page = type(page).objects.get(pk=page.pk)
    row = {field.attname: getattr(page, field.attname) for field in type(page)._meta.concrete_fields}
    return {
        "row": row,
        "hours": list(page.opening_hours.values_list("weekday", "opens", "closes")),
        "closures": list(page.closures.values_list("date_from", "date_until")),
        "languages": sorted(page.languages.values_list("code", flat=True)),
        "revisions": page.revisions.count(),
    }


OFFER_CASES = {
    "closes-before-opens": ({"opening_hours-0-closes": "09:00"}, (), (), "opening_hours-0-closes"),
    "closes-at-opening-time": ({"opening_hours-0-closes": "10:00"}, (), (), "opening_hours-0-closes"),
    "overlapping-hours": ({}, [(SAT, "11:00", "13:00")], (), "opening_hours-1-opens"),
    "same-hours-twice": ({}, [(SAT, "10:00", "12:00")], (), "opening_hours-1-opens"),
    "paris": ({"latitude": "48.85661", "longitude": "2.35222"}, (), (), "longitude"),
    "north-of-germany": ({"latitude": "60.00000"}, (), (), "latitude"),
    "south-of-germany": ({"latitude": "47.00000"}, (), (), "latitude"),
    "east-of-germany": ({"longitude": "16.00000"}, (), (), "longitude"),
    "latitude-only": ({"longitude": ""}, (), (), "longitude"),
    "longitude-only": ({"latitude": ""}, (), (), "latitude"),
    "valid-until-before-from": (
        {"valid_from": "2025-03-01", "valid_until": "2025-02-28"},
        (),
        (),
        "valid_until",
    ),
    "fee-without-amount-or-note": (
        {"cost": "fee", "fee_amount": "", "fee_note_de": ""},
        (),
        (),
        "fee_amount",
    ),
    "reduced-without-amount-or-note": ({"cost": "reduced", "fee_amount": ""}, (), (), "fee_amount"),
    "free-with-fee": ({"cost": "free", "fee_amount": "5.00"}, (), (), "fee_amount"),
    "closure-ends-before-start": ({}, (), [("2025-03-10", "2025-03-01")], "closures-0-date_until"),
    "short-postcode": ({"postcode": "1234"}, (), (), "postcode"),
}


@pytest.mark.parametrize(
    ("changes", "hours", "closures", "field"), OFFER_CASES.values(), ids=OFFER_CASES.keys()
)
def test_invalid_offer_is_not_saved(admin_client, offer, changes, hours, closures, field):
    before = stored(offer)

    response = publish_edit(admin_client, offer, changes, hours, closures)

    assert field in field_errors(response)
    assert stored(offer) == before


CONTACT_POINT_CASES = {
    "closes-before-opens": ({"opening_hours-0-closes": "09:30"}, (), "opening_hours-0-closes"),
    "overlapping-hours": ({}, [(SAT, "09:00", "10:30")], "opening_hours-0-opens"),
    "paris": ({"latitude": "48.85661", "longitude": "2.35222"}, (), "longitude"),
    "latitude-only": ({"longitude": ""}, (), "longitude"),
}


@pytest.mark.parametrize(
    ("changes", "hours", "field"), CONTACT_POINT_CASES.values(), ids=CONTACT_POINT_CASES.keys()
)
def test_invalid_contact_point_is_not_saved(admin_client, contact_point, changes, hours, field):
    before = stored(contact_point)

    response = publish_edit(admin_client, contact_point, changes, hours)

    assert field in field_errors(response)
    assert stored(contact_point) == before


@pytest.mark.parametrize(
    ("changes", "hours", "expected"),
    [
        # adjacent ranges do not overlap
        (
            {},
            [(SAT, "12:00", "14:00")],
            {
                "hours": [
                    (SAT, datetime.time(10), datetime.time(12)),
                    (SAT, datetime.time(12), datetime.time(14)),
                ]
            },
        ),
        (
            {"cost": "fee", "fee_amount": "", "fee_note_de": "nach Einkommen"},
            (),
            {"cost": "fee", "fee_note_de": "nach Einkommen"},
        ),
        ({"cost": "fee", "fee_amount": "25.00"}, (), {"cost": "fee", "fee_amount": Decimal("25.00")}),
        ({"latitude": "54.78431", "longitude": "9.43961"}, (), {"latitude": Decimal("54.78431")}),
        ({"latitude": "", "longitude": ""}, (), {"latitude": None, "longitude": None}),
        (
            {"valid_from": "2025-03-01", "valid_until": "2025-03-01"},
            (),
            {"valid_until": datetime.date(2025, 3, 1)},
        ),
    ],
)
def test_valid_offer_is_published(admin_client, offer, changes, hours, expected):
    """The form posting works: valid changes are saved (so the errors above are real)."""
    response = publish_edit(admin_client, offer, changes, hours)

    assert response.status_code == 302, field_errors(response)
    after = stored(offer)
    assert {key: after["hours"] if key == "hours" else after["row"][key] for key in expected} == expected


# --- the models' clean() ---------------------------------------------------------------------


def _clean_errors(obj):
    try:
        obj.clean()
    except ValidationError as error:
        return error.message_dict
    return {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"latitude": Decimal("50.1")}, "longitude"),
        ({"longitude": Decimal("9.1")}, "latitude"),
        ({"valid_from": datetime.date(2025, 3, 2), "valid_until": datetime.date(2025, 3, 1)}, "valid_until"),
        ({"cost": "fee"}, "fee_amount"),
        ({"cost": "reduced"}, "fee_amount"),
        ({"cost": "free", "fee_amount": Decimal("3.00")}, "fee_amount"),
        ({"postcode": "ABCDE"}, "postcode"),
        ({"postcode": "123456"}, "postcode"),
    ],
)
def test_offer_clean_rejects(offer_without_coordinates, changes, field):
    page = offer_without_coordinates
    for name, value in changes.items():
        setattr(page, name, value)

    assert field in _clean_errors(page)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"latitude": Decimal("50.1"), "longitude": Decimal("9.1")},
        {"valid_from": datetime.date(2025, 3, 1), "valid_until": datetime.date(2025, 3, 1)},
        {"cost": "fee", "fee_amount": Decimal("10.00")},
        {"cost": "reduced", "fee_note": "nach Einkommen"},
        {"cost": "free", "fee_amount": Decimal("0.00")},
    ],
)
def test_offer_clean_accepts(offer_without_coordinates, changes):
    page = offer_without_coordinates
    for name, value in changes.items():
        setattr(page, name, value)

    assert _clean_errors(page) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"latitude": Decimal("50.1"), "longitude": None}, "longitude"), ({"postcode": "1"}, "postcode")],
)
def test_contact_point_clean_rejects(plain_contact_point, changes, field):
    page = plain_contact_point
    for name, value in changes.items():
        setattr(page, name, value)

    assert field in _clean_errors(page)


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (OfferPage, "latitude", Decimal("47.1")),
        (OfferPage, "latitude", Decimal("55.2")),
        (OfferPage, "longitude", Decimal("5.7")),
        (OfferPage, "longitude", Decimal("15.2")),
        (ContactPointPage, "latitude", Decimal("-50.1")),
        (ContactPointPage, "longitude", Decimal("2.35")),
    ],
)
def test_coordinates_outside_germany_are_rejected(model, field, value):
    with pytest.raises(ValidationError):
        model._meta.get_field(field).run_validators(value)


@pytest.mark.parametrize(
    ("opens", "closes", "valid"),
    [
        ("10:00", "09:00", False),
        ("10:00", "10:00", False),
        ("10:00", "10:01", True),
        ("00:00", "23:59", True),
    ],
)
def test_hours_clean(opens, closes, valid):
    hours = OfferHours(
        weekday=SAT, opens=datetime.time.fromisoformat(opens), closes=datetime.time.fromisoformat(closes)
    )

    assert ("closes" not in _clean_errors(hours)) is valid


@pytest.mark.parametrize(
    ("date_from", "date_until", "valid"),
    [("2025-03-10", "2025-03-09", False), ("2025-03-10", "2025-03-10", True), ("2025-03-10", None, True)],
)
def test_closure_clean(date_from, date_until, valid):
    closure = OfferClosure(
        date_from=datetime.date.fromisoformat(date_from),
        date_until=datetime.date.fromisoformat(date_until) if date_until else None,
    )

    assert ("date_until" not in _clean_errors(closure)) is valid
