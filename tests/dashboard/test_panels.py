"""The dashboard's figures equal the database, for the county and for one town."""

import datetime

import pytest
from django.db.models import Q

from dashboard import registry
from dashboard.figures import figures
from dashboard.registrations import translation_rows
from dashboard.scope import Scope, county_label, county_scope, scope_for
from events.registrations import upcoming_event_rows
from guidelines.models import FindingRecord, Rule
from guidelines.registrations import guideline_rows
from offers.models import ContactPointPage, OfferPage
from offers.registrations import contact_point_rows, offer_rows, stale_rows


def _rows_by_label(rows):
    return {row[0]: row[1:] for row in rows}


def test_offers_per_town_and_main_category_equal_the_database(content, categories):
    rows = _rows_by_label(offer_rows(county_scope()))
    for town in (content.a, content.b):
        live = OfferPage.objects.live().filter(town=town)
        language = live.filter(Q(categories=categories.language) | Q(categories__parent=categories.language))
        advice = live.filter(categories=categories.advice)
        expected = [language.distinct().count(), advice.distinct().count(), live.count()]
        assert rows[town.title] == expected
    assert rows[content.a.title] == [2, 1, 3]
    assert rows[content.b.title] == [1, 0, 1]
    assert rows[county_label()] == [0, 1, 1]


def test_a_town_without_offers_in_a_category_is_a_gap(content):
    data = figures(registry.get("offers"), county_scope())
    row_b = next(row for row in data.rows if row[0].value == content.b.title)
    assert [cell.highlighted for cell in row_b[1:]] == [False, True, False]
    assert data.highlighted_count >= 1


def test_contact_points_and_stale_content(content):
    rows = _rows_by_label(contact_point_rows(county_scope()))
    assert rows[content.a.title][0] == ContactPointPage.objects.live().filter(town=content.a).count() == 1
    assert rows[content.b.title][0] == 2
    OfferPage.objects.filter(town=content.a).update(review_due_on=datetime.date(2020, 1, 1))
    stale = _rows_by_label(stale_rows(county_scope()))
    assert stale[content.a.title] == [3, 0]
    assert stale[content.b.title] == [0, 0]


def test_upcoming_events(content):
    rows = _rows_by_label(upcoming_event_rows(county_scope()))
    assert rows[content.a.title] == [2, 2]
    assert rows[content.b.title] == [1, 1]
    assert rows[county_label()] == [0, 0]


def test_guideline_findings_per_town_and_severity(content):
    rule = Rule.objects.filter(severity="error").first()
    page = OfferPage.objects.filter(town=content.a).first()
    for severity, overridden in (("error", False), ("error", True), ("warning", False)):
        FindingRecord.objects.create(
            page=page,
            town=content.a,
            rule=rule,
            severity=severity,
            field="intro",
            language="de",
            matched_text="x",
            start=0,
            end=1,
            overridden=overridden,
        )
    rows = _rows_by_label(guideline_rows(county_scope()))
    for town in (content.a, content.b):
        open_findings = FindingRecord.objects.filter(town=town, overridden=False)
        expected = [open_findings.filter(severity=s).count() for s in ("suggestion", "warning", "error")]
        assert rows[town.title] == expected
    assert rows[content.a.title][2] == 1
    data = figures(registry.get("guidelines"), county_scope())
    row_a = next(row for row in data.rows if row[0].value == content.a.title)
    assert row_a[3].highlighted


def test_translation_coverage(content):
    offer = OfferPage.objects.filter(town=content.a).first()
    offer.intro_en = "An offer."
    offer.save()
    from django.conf import settings

    english_name = str(dict(settings.LANGUAGES)["en"])
    rows = _rows_by_label(translation_rows(county_scope()))
    english = rows[english_name]
    assert english[0] == 1
    assert english[1] > 1
    town_rows = _rows_by_label(translation_rows(Scope(towns=(content.b,), county_wide=False)))
    assert town_rows[english_name][0] == 0


def test_town_editor_scope_is_their_town_only(content, users):
    scope = scope_for(users["editor_a"])
    assert scope.town_ids == [content.a.pk]
    assert not scope.county_wide
    for panel in registry.panels():
        labels = [row[0] for row in panel.rows(scope)]
        assert content.b.title not in labels, panel.key
        assert county_label() not in labels, panel.key
    assert scope_for(users["county_editor"]).county_wide
    assert scope_for(users["mso_member"]) is None


def test_a_registered_panel_appears_without_editing_the_dashboard(content, client_for):
    def rows(scope):
        return [[town.title, 7] for town in scope.towns]

    panel = registry.Panel(key="twinning", title="Partnerschaften", columns=("Ort", "Paare"), rows=rows)
    registry.register(panel)
    try:
        response = client_for("county_editor").get("/admin/dashboard/")
        assert "Partnerschaften" in response.content.decode()
    finally:
        registry.unregister("twinning")


@pytest.fixture(autouse=True)
def _no_leftover_panels():
    keys = {panel.key for panel in registry.panels()}
    yield
    assert {panel.key for panel in registry.panels()} == keys
