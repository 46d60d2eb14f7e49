"""The county translation report: counts per town, language and content type equal a truth
computed by hand; filters, the page list, CSV, tenancy; and the dashboard panel."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from dashboard.scope import county_scope, scope_for
from home.factories import ContentPageFactory
from home.models import ContentPage
from portal.translation_status import target_languages
from translations.report import county_report
from translations.report.dashboard_panel import outdated_and_machine_rows

REPORT = "translations_report"


@pytest.fixture
def world(county, town_a, town_b, users):
    one = ContentPageFactory(parent=town_a.page, title="Sprachkurs", intro="Ein Kurs für alle.")
    one.title_en, one.intro_en = "Language course", "A course for everyone."
    one.save_revision(user=users["editor_a"]).publish()
    draft = ContentPage.objects.get(pk=one.pk).get_latest_revision_as_object()
    draft.title_ar, draft.intro_ar = "دورة لغة", "دورة للجميع."
    draft._machine_translated = {("ar", "title"), ("ar", "intro")}
    draft.save_revision().publish()

    two = ContentPageFactory(parent=town_a.page, title="Beratung", intro="Wir beraten.")
    two.title_en = "Advice"
    two.save_revision(user=users["editor_a"]).publish()
    draft = ContentPage.objects.get(pk=two.pk).get_latest_revision_as_object()
    draft.title_de = "Beratung für alle"  # only in the draft: its English title is outdated
    draft.save_revision(user=users["editor_a"])

    ContentPageFactory(parent=town_b.page, title="Café", intro="Treffpunkt.").save_revision().publish()

    four = ContentPageFactory(parent=county, title="Landkreis", intro="Über uns.")
    four.title_en, four.intro_en = "County", "About us."
    four.save_revision().publish()
    four = ContentPage.objects.get(pk=four.pk)
    four.intro_de = "Über den Landkreis."
    four.save_revision().publish()
    return {"a": town_a.page, "b": town_b.page, "pages": (one, two, four)}


def counts(rows, language):
    return {
        row.town_id: {key: value for key, value in row.counts.items() if value}
        for row in rows
        if row.language == language
    }


def content_pages():
    return {"content_type": ContentType.objects.get_for_model(ContentPage)}


def test_counts_equal_the_truth(world, users):
    rows, _items = county_report.report(users["county_editor"], content_pages())
    a, b = world["a"].pk, world["b"].pk
    assert counts(rows, "en") == {
        a: {"missing": 1, "outdated": 1, "current": 1},
        b: {"missing": 1},
        None: {"outdated": 1, "current": 1},
    }
    assert counts(rows, "ar") == {a: {"missing": 1, "machine": 1}, b: {"missing": 1}, None: {"missing": 1}}
    assert {row.pages for row in rows if row.town_id == a} == {2}
    assert len(rows) == 3 * len(target_languages())


def test_filters_by_status_language_and_town(world, users):
    editor = users["county_editor"]
    _rows, items = county_report.report(editor, {**content_pages(), "status": "machine"})
    assert [(item.page_id, item.language) for item in items] == [(world["pages"][0].pk, "ar")]
    rows, _items = county_report.report(editor, {**content_pages(), "town": "county", "language": "en"})
    assert [(row.town_id, row.language, row.pages) for row in rows] == [(None, "en", 1)]
    rows, _items = county_report.report(editor, {**content_pages(), "town": world["b"]})
    assert {row.town_id for row in rows} == {world["b"].pk}


def test_a_town_editor_sees_only_their_town(world, users, client):
    rows, _items = county_report.report(users["editor_a"], {})
    assert {row.town_id for row in rows} == {world["a"].pk}
    client.force_login(users["editor_a"])
    response = client.get(reverse(REPORT), {"view": "pages"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    shown = {int(row["data-page"]) for row in soup.select("tr[data-page]")}
    assert shown and all(
        page.path.startswith(world["a"].path) for page in ContentPage.objects.filter(pk__in=shown)
    )
    assert world["pages"][2].pk not in shown
    options = soup.select("#id_town option")
    assert [option["value"] for option in options] == ["", str(world["a"].pk)]


def test_another_towns_filter_shows_nothing_to_a_town_editor(world, users, client):
    client.force_login(users["editor_b"])
    response = client.get(reverse(REPORT), {"town": world["a"].pk, "view": "pages"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert str(world["pages"][0].pk) not in {row["data-page"] for row in soup.select("tr[data-page]")}


def test_the_report_is_refused_to_members_without_a_town(world, users, client):
    client.force_login(users["mso_member"])
    assert client.get(reverse(REPORT)).status_code in (302, 403)


def test_the_html_report_links_to_the_page_list_and_the_editor(world, users, client):
    client.force_login(users["county_editor"])
    content_type = content_pages()["content_type"].pk
    soup = BeautifulSoup(client.get(reverse(REPORT), {"content_type": content_type}).content, "html.parser")
    row = soup.select_one(f'tr[data-town="{world["a"].pk}"][data-language="ar"]')
    link = row.select_one('td[data-status="machine"] a')
    assert link.text.strip() == "1"
    listing = BeautifulSoup(client.get(reverse(REPORT) + link["href"]).content, "html.parser")
    pages = listing.select("tr[data-page]")
    assert [(tr["data-page"], tr["data-language"]) for tr in pages] == [(str(world["pages"][0].pk), "ar")]
    edit = pages[0].select_one("a")["href"]
    assert edit == reverse("wagtailadmin_pages:edit", args=[world["pages"][0].pk]) + "?lang=ar"


def test_csv_export_of_the_filtered_rows(world, users, client):
    client.force_login(users["county_editor"])
    content_type = content_pages()["content_type"].pk
    response = client.get(reverse(REPORT), {"content_type": content_type, "language": "en", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows) == 1 + 3  # the header; the county, town A and town B in English
    assert [row[3:] for row in rows[1:]] == [
        ["1", "0", "1", "0", "1"],
        ["2", "1", "1", "0", "1"],
        ["1", "1", "0", "0", "0"],
    ]
    assert "editor" not in response.content.decode()  # no personal data
    pages = client.get(reverse(REPORT), {"content_type": content_type, "view": "pages", "format": "csv"})
    assert len(list(csv.reader(io.StringIO(pages.content.decode())))) == 1 + 4 * len(target_languages())


def _by_language(rows):
    return dict(zip(target_languages(), (row[1:] for row in rows), strict=True))


def test_the_dashboard_panel_counts_outdated_and_machine_translations(world, users):
    county = _by_language(outdated_and_machine_rows(county_scope()))
    assert county["ar"] == [0, 1]
    assert county["en"][0] == 2  # the draft of town A's page and the county's page
    town_b = _by_language(outdated_and_machine_rows(scope_for(users["editor_b"])))
    assert town_b["ar"] == [0, 0]
    page = ContentPage.objects.get(pk=world["pages"][0].pk)
    from translations.report.review_marks import mark_language_reviewed

    mark_language_reviewed(page, "ar", users["editor_a"])
    assert _by_language(outdated_and_machine_rows(county_scope()))["ar"] == [0, 0]  # not a stale cache


def test_a_town_editors_next_steps_list_machine_translations(world, users, client):
    from translations.report.next_steps import translations_to_check

    section = translations_to_check(users["editor_a"])
    assert [count.number for count in section.counts] == [1]
    assert [item.url for item in section.items] == [
        reverse("wagtailadmin_pages:edit", args=[world["pages"][0].pk]) + "?lang=ar"
    ]
    assert any("status=outdated" in link.url for link in section.more)
    assert translations_to_check(users["editor_b"]).total == 0
    client.force_login(users["editor_a"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
