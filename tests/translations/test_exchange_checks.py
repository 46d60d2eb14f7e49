"""The import checks everything first: unknown units and pages, German changed since the export,
broken markup, the wrong language, pages the user may not edit — and then writes nothing."""

from xml.etree import ElementTree as ET

import polib
import pytest
from defusedxml import ElementTree as SafeET

from portal.models import TranslationState
from translations.exchange import exporting, formats, importing

from . import exchange_helpers
from .exchange_helpers import MDA, XLIFF, fresh, translate_xliff

offer = exchange_helpers.offer  # the fixture


def exported(page, file_format=formats.XLIFF_FORMAT, language="uk"):
    return exporting.export([page], language, file_format)[0]


def edit(content, change):
    root = SafeET.fromstring(content)
    change(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def nothing_written(page, revisions):
    page = fresh(page)
    assert page.revisions.count() == revisions
    assert not page.get_latest_revision_as_object().title_uk
    assert not TranslationState.objects.filter(page=page, language="uk").exists()


def run(page, content, user, language="uk", force=False, name="x.xlf"):
    return importing.import_file(content, name, user, language, force=force)


def test_unknown_unit_refuses_the_import(offer, users):
    revisions = offer.revisions.count()

    def rename(root):
        next(root.iter(f"{XLIFF}unit")).set("id", "subtitle")

    report = run(offer, edit(translate_xliff(exported(offer)), rename), users["editor_a"])
    assert report.refused and [p.unit for p in report.errors] == ["subtitle"]
    nothing_written(offer, revisions)


def test_unknown_page_refuses_the_import(offer, users):
    def move(root):
        file_element = root.find(f"{XLIFF}file")
        for meta in file_element.iter(f"{MDA}meta"):
            if meta.get("type") == "page-id":
                meta.text = "999999"

    report = run(offer, edit(translate_xliff(exported(offer)), move), users["editor_a"])
    assert report.refused and report.errors[0].message == "Unbekannte Seite."
    nothing_written(offer, offer.revisions.count())


def test_changed_german_refuses_unless_imported_anyway(offer, users):
    content = translate_xliff(exported(offer))
    draft = offer.get_latest_revision_as_object()
    draft.intro_de = "Ein Treffen für alle Nachbarn."
    draft.save_revision()
    revisions = fresh(offer).revisions.count()
    report = run(offer, content, users["editor_a"])
    assert report.refused and not report.errors
    assert [p.unit for p in report.changed] == ["intro"]
    nothing_written(offer, revisions)
    report = run(offer, content, users["editor_a"], force=True)
    assert not report.refused and report.written
    assert fresh(offer).get_latest_revision_as_object().intro_uk == "UK Ein Treffen für alle."


def test_broken_markup_refuses_the_import(offer, users):
    def drop_link(root):
        for target in root.iter(f"{XLIFF}target"):
            for pc in list(target.iter(f"{XLIFF}pc")):
                if pc.get("type") == "link":
                    parent = next(p for p in target.iter() if pc in list(p))
                    parent.remove(pc)

    revisions = offer.revisions.count()
    report = run(offer, edit(translate_xliff(exported(offer)), drop_link), users["editor_a"])
    assert report.refused and report.errors
    assert report.errors[0].unit.startswith("body.")
    nothing_written(offer, revisions)


def test_changed_link_in_a_po_file_refuses_the_import(offer, users):
    po = polib.pofile(exported(offer, formats.PO_FORMAT).decode())
    for entry in po:
        entry.msgstr = entry.msgid.replace("example.org/cafe", "evil.example") + " UK"
    report = run(offer, str(po).encode(), users["editor_a"], name="x.po")
    assert report.refused
    assert "evil" in report.errors[0].message or "example.org/cafe" in report.errors[0].message
    nothing_written(offer, offer.revisions.count())


def test_unclosed_tag_in_a_po_file_refuses_the_import(offer, users):
    po = polib.pofile(exported(offer, formats.PO_FORMAT).decode())
    for entry in po:
        entry.msgstr = entry.msgid.replace("</b>", "")
    report = run(offer, str(po).encode(), users["editor_a"], name="x.po")
    assert report.refused and report.errors
    nothing_written(offer, offer.revisions.count())


def test_wrong_language_refuses_the_import(offer, users):
    content = translate_xliff(exported(offer), language="ru")
    report = run(offer, content, users["editor_a"], language="uk")
    assert report.refused and report.errors
    nothing_written(offer, offer.revisions.count())


def test_empty_targets_are_skipped_and_listed(offer, users):
    po = polib.pofile(exported(offer, formats.PO_FORMAT).decode())
    for entry in po:
        if entry.msgctxt.endswith(":title"):
            entry.msgstr = "Мовне кафе"
    report = run(offer, str(po).encode(), users["editor_a"], name="x.po")
    assert not report.refused
    assert [item.fields for item in report.written] == [["title"]]
    assert {p.unit for p in report.skipped} >= {"intro", "fee_note"}
    assert fresh(offer).get_latest_revision_as_object().title_uk == "Мовне кафе"


def test_a_town_editor_cannot_import_into_another_towns_page(offer, users):
    report = run(offer, translate_xliff(exported(offer)), users["editor_b"])
    assert report.refused and report.errors[0].message == "Sie dürfen diese Seite nicht bearbeiten."
    nothing_written(offer, offer.revisions.count())


def test_one_bad_page_keeps_every_page_unwritten(offer, users, town_a):
    from .exchange_helpers import OfferPageFactory

    other = OfferPageFactory(parent=offer.get_parent(), title="Nähcafé", intro="Wir nähen.")
    content, _name, _type = exporting.export([offer, other], "uk", formats.XLIFF_FORMAT)

    def break_other(root):
        files = root.findall(f"{XLIFF}file")
        next(files[1].iter(f"{XLIFF}unit")).set("id", "nonsense")

    report = run(offer, edit(translate_xliff(content), break_other), users["editor_a"])
    assert report.refused and not report.written
    nothing_written(offer, offer.revisions.count())


def test_unreadable_files_raise_a_file_error(users, offer):
    with pytest.raises(formats.FileError):
        importing.import_file(b"<xliff", "x.xlf", users["editor_a"], "uk")
    with pytest.raises(formats.FileError):
        importing.import_file(b'<xliff xmlns="urn:other"/>', "x.xlf", users["editor_a"], "uk")
