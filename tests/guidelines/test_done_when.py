"""Done when: 'Flüchtlingswelle' in an offer is found live, cannot be published, and is in the report."""

import csv
import io

from django.urls import reverse

from guidelines.services import report
from offers.models import OfferPage
from tests.forms import empty_streamfields, form_data


def test_town_editor_writes_fluechtlingswelle(make_offer, client_for, users, client):
    offer = make_offer()
    editor = client_for("editor_a")
    edit_url = reverse("wagtailadmin_pages:edit", args=[offer.pk])
    data = {**form_data(editor.get(edit_url), "form#page-edit-form"), **empty_streamfields(OfferPage)}
    data["intro_de"] = "Nach der Flüchtlingswelle gründeten wir das Sprachcafé."

    live = editor.post(reverse("guidelines_check"), {**data, "guidelines_page": offer.pk}).json()
    finding = next(f for f in live["findings"] if f["rule"] == "water-metaphors")
    assert finding["field"] == "intro" and finding["matched_text"] == "Flüchtlingswelle"
    assert finding["severity"] == "error" and finding["reason"] and finding["suggestions"]
    assert live["blocking"] >= 1

    editor.post(edit_url, {**data, "action-publish": "action-publish"})
    assert OfferPage.objects.get(pk=offer.pk).intro == "Wir treffen uns jeden Dienstag."

    client.force_login(users["county_editor"])
    page = client.get(reverse("guidelines_report"), {"severity": "error"})
    assert "Flüchtlingswelle" in page.content.decode() and "Altdorf" in page.content.decode()
    exported = client.get(reverse("guidelines_report"), {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(exported.content.decode())))
    assert rows, exported.content.decode()[:500]
    assert any(row["matched_text"] == "Flüchtlingswelle" and row["town"] == "Altdorf" for row in rows), rows
    assert report.counts({"severity": "error"})["by_town"]["Altdorf"] >= 1


def test_live_check_reads_streamfield_blocks(finder_a, client_for):
    editor = client_for("editor_a")
    data = {
        "guidelines_model": "offers.offerpage",
        "title_de": "Angebot",
        "body_de-count": "2",
        "body_de-0-type": "paragraph",
        "body_de-0-id": "b1",
        "body_de-0-value": '{"blocks":[{"key":"a","text":"Infos hier","type":"unstyled","entityRanges":'
        '[{"offset":6,"length":4,"key":0}]}],"entityMap":{"0":{"type":"LINK","data":{"url":"/x"}}}}',
        "body_de-1-type": "image",
        "body_de-1-id": "b2",
        "body_de-1-value-image": "5",
        "body_de-1-value-alt_text": "IMG_2041.jpg",
    }
    findings = editor.post(reverse("guidelines_check"), data).json()["findings"]
    assert {(f["rule"], f["block"]) for f in findings} >= {
        ("link-text", "b1/link0"),
        ("alt-text", "b2/alt_text"),
    }


def test_report_is_for_county_staff_only(db, users, client_for):
    assert client_for("editor_a").get(reverse("guidelines_report")).status_code != 200
