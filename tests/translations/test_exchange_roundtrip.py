"""Exchange with translators: export the German of an offer as XLIFF 2.0 or PO, translate the
file as a translator's tool would, import it back into the Ukrainian fields of the draft."""

import polib

from portal.translation_status import CURRENT, status_for
from translations.exchange import exporting, formats, importing

from . import exchange_helpers
from .exchange_helpers import BODY, fresh, translate_xliff

offer = exchange_helpers.offer  # the fixture


def test_xliff_round_trip_for_ukrainian(offer, users):
    content, name, _type = exporting.export([offer], "uk", formats.XLIFF_FORMAT)
    assert name.endswith(".de-uk.xlf")
    report = importing.import_file(translate_xliff(content), name, users["editor_a"], "uk")
    assert not report.errors and not report.changed and not report.refused
    assert [sorted(item.fields) for item in report.written] == [["body", "fee_note", "intro", "title"]]
    live = fresh(offer)
    draft = live.get_latest_revision_as_object()
    assert draft.title_uk == "UK Sprachcafé"
    assert draft.intro_uk == "UK Ein Treffen für alle."
    blocks = list(draft.body_uk.raw_data)
    assert [block["id"] for block in blocks] == [block["id"] for block in BODY]
    assert blocks[0]["value"] == {"text": "UK Treffpunkt", "level": "h2"}
    assert blocks[1]["value"].startswith('<p data-block-key="a1">UK Wir treffen uns <b>jeden</b>')
    assert '<a href="https://example.org/cafe">Café</a>' in blocks[1]["value"]
    assert blocks[2]["value"]["text"] == "UK Alle sind willkommen."
    assert live.live and not live.title_uk
    uk = next(item for item in status_for(draft) if item.language == "uk")
    assert uk.status == CURRENT and not uk.missing_fields


def test_po_round_trip(offer, users):
    content, name, _type = exporting.export([offer], "uk", formats.PO_FORMAT)
    po = polib.pofile(content.decode())
    assert po.metadata["Language"] == "uk"
    for entry in po:
        entry.msgstr = (
            "UK " + entry.msgid if not entry.msgid.startswith("<") else entry.msgid.replace("Tee", "Чай")
        )
    report = importing.import_file(str(po).encode(), name, users["editor_a"], "uk")
    assert not report.refused, (report.errors, report.changed)
    draft = fresh(offer).get_latest_revision_as_object()
    assert "Чай" in list(draft.body_uk.raw_data)[1]["value"]
    assert draft.fee_note_uk == "UK Spende erbeten"


def test_segmented_xliff_keeps_the_space_between_sentences(offer, users):
    """A CAT tool may split a unit into segments with the whitespace in an <ignorable>."""
    from xml.etree import ElementTree as ET

    from defusedxml import ElementTree as SafeET

    from .exchange_helpers import XLIFF

    root = SafeET.fromstring(translate_xliff(exporting.export([offer], "uk", formats.XLIFF_FORMAT)[0]))
    intro = next(unit for unit in root.iter(f"{XLIFF}unit") if unit.get("id") == "intro")
    segment = intro.find(f"{XLIFF}segment")
    intro.remove(segment)
    for index, (source, target) in enumerate((("Ein Treffen", "Зустріч"), ("für alle.", "для всіх."))):
        if index:
            ignorable = ET.SubElement(intro, f"{XLIFF}ignorable")
            ET.SubElement(ignorable, f"{XLIFF}source").text = " "
        part = ET.SubElement(intro, f"{XLIFF}segment", id=f"s{index}")
        ET.SubElement(part, f"{XLIFF}source").text = source
        ET.SubElement(part, f"{XLIFF}target").text = target
    content = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    report = importing.import_file(content, "x.xlf", users["editor_a"], "uk")
    assert not report.refused, (report.errors, report.changed)
    assert fresh(offer).get_latest_revision_as_object().intro_uk == "Зустріч для всіх."


def test_leichte_sprache_from_a_translator_is_imported(offer, users):
    content = exporting.export([offer], "de-x-ls", formats.XLIFF_FORMAT)[0]
    report = importing.import_file(
        translate_xliff(content, marker="LS "), "x.xlf", users["editor_a"], "de-x-ls"
    )
    assert not report.refused
    assert fresh(offer).get_latest_revision_as_object().title_de_x_ls == "LS Sprachcafé"
