"""The admin views of the exchange: a page's export button and download, the town export, the
upload with its report — and the structure of the XLIFF 2.0 file a translator's tool reads."""

import io

from bs4 import BeautifulSoup
from defusedxml import ElementTree as SafeET
from django.urls import reverse

from portal.translation_status import field_digest, source_digest

from . import exchange_helpers
from .exchange_helpers import MDA, XLIFF, fresh, translate_xliff

offer = exchange_helpers.offer  # the fixture

CORE_UNIT_CHILDREN = {f"{XLIFF}notes", f"{XLIFF}originalData", f"{XLIFF}segment", f"{MDA}metadata"}


def download(client, offer, file_format="xliff"):
    url = reverse("translations_exchange_export_page", args=[offer.pk])
    return client.post(url, {"language": "uk", "file_format": file_format})


def test_page_header_offers_the_export(offer, client_for):
    response = client_for("editor_a").get(reverse("wagtailadmin_pages:edit", args=[offer.pk]))
    assert reverse("translations_exchange_export_page", args=[offer.pk]) in response.content.decode()


def test_exported_xliff_is_xliff_2_core(offer, client_for):
    response = download(client_for("editor_a"), offer)
    assert response["Content-Disposition"].endswith('.de-uk.xlf"')
    root = SafeET.fromstring(response.content)
    assert (root.tag, root.get("version"), root.get("srcLang"), root.get("trgLang")) == (
        f"{XLIFF}xliff",
        "2.0",
        "de",
        "uk",
    )
    (file_element,) = root.findall(f"{XLIFF}file")
    assert file_element.get("id") == f"page-{offer.pk}"
    meta = {m.get("type"): m.text for m in file_element.find(f"{MDA}metadata").iter(f"{MDA}meta")}
    draft = fresh(offer).get_latest_revision_as_object()
    assert meta["page-id"] == str(offer.pk) and meta["source-digest"] == source_digest(draft)
    units = file_element.findall(f"{XLIFF}unit")
    ids = [unit.get("id") for unit in units]
    assert ids[:2] == ["title", "intro"]
    assert "body.11111111-1111-4111-8111-111111111111.text" in ids
    assert "body.22222222-2222-4222-8222-222222222222" in ids
    assert len(set(ids)) == len(ids)
    for unit in units:
        children = [child.tag for child in unit]
        assert set(children) <= CORE_UNIT_CHILDREN
        # order of the core schema: modules, notes, originalData, segments
        order = [f"{MDA}metadata", f"{XLIFF}notes", f"{XLIFF}originalData", f"{XLIFF}segment"]
        assert children == sorted(children, key=order.index)
        unit_meta = {m.get("type"): m.text for m in unit.iter(f"{MDA}meta")}
        assert unit_meta["field-digest"] == field_digest(draft, unit_meta["field"])
        data = {d.get("id") for d in unit.iter(f"{XLIFF}data")}
        for code in unit.iter(f"{XLIFF}pc"):
            assert {code.get("dataRefStart"), code.get("dataRefEnd")} <= data
    paragraph = units[ids.index("body.22222222-2222-4222-8222-222222222222")]
    types = [code.get("type") for code in paragraph.iter(f"{XLIFF}pc")]
    assert "link" in types and "fmt" in types
    source = paragraph.find(f"{XLIFF}segment/{XLIFF}source")
    assert "Dienstag" in "".join(source.itertext())
    assert "<" not in "".join(source.itertext())  # markup is inline codes, not escaped HTML


def test_round_trip_through_the_views(offer, client_for):
    client = client_for("editor_a")
    content = translate_xliff(download(client, offer).content)
    upload = io.BytesIO(content)
    upload.name = "sprachcafe.de-uk.xlf"
    response = client.post(reverse("translations_exchange_import"), {"file": upload, "language": "uk"})
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("[data-report]")["data-report"] == "imported"
    draft = fresh(offer).get_latest_revision_as_object()
    assert draft.title_uk == "UK Sprachcafé"
    assert not fresh(offer).title_uk  # the live page is unchanged until someone publishes


def test_import_form_rejects_other_files(offer, client_for):
    client = client_for("editor_a")
    upload = io.BytesIO(b"hello")
    upload.name = "notes.txt"
    response = client.post(reverse("translations_exchange_import"), {"file": upload, "language": "uk"})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    upload = io.BytesIO(b"<xliff")
    upload.name = "broken.xlf"
    response = client.post(reverse("translations_exchange_import"), {"file": upload, "language": "uk"})
    assert response.context["form"].errors["file"]


def test_town_export_lists_pages_missing_the_language(offer, client_for, town_a):
    client = client_for("editor_a")
    url = reverse("translations_exchange_export_town")
    response = client.post(url, {"town": town_a.page.pk, "language": "uk", "file_format": "po"})
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert "Sprachcafé" in response.content.decode()


def test_town_editor_cannot_export_another_towns_page(offer, client_for, town_a):
    client = client_for("editor_b")
    refused = download(client, offer)
    assert refused.status_code in (302, 403) and "Content-Disposition" not in refused
    url = reverse("translations_exchange_export_town")
    response = client.post(url, {"town": town_a.page.pk, "language": "uk", "file_format": "po"})
    assert response.status_code == 200 and response.context["form"].errors["town"]


def test_forms_are_shown_with_labels(offer, client_for):
    client = client_for("editor_a")
    for url in (
        reverse("translations_exchange_export_page", args=[offer.pk]),
        reverse("translations_exchange_export_town"),
        reverse("translations_exchange_import"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        for field in page.select("form select, form input[type=file]"):
            assert page.select_one(f'label[for="{field["id"]}"]'), (url, field["name"])
