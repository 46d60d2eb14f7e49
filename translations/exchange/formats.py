"""Exchange files: XLIFF 2.0 (built and read with ElementTree, uploads parsed with defusedxml)
and PO (polib). Both carry, per unit, the digest of the German text it was exported from."""

from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

import polib
from defusedxml import ElementTree as SafeET
from django.utils.translation import gettext as _

from portal.translation_status import SOURCE_LANGUAGE

from ..text_kinds import HTML
from . import markup

XLIFF = markup.XLIFF
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
META_GROUP = "kreisnetz"
ET.register_namespace("", XLIFF)
ET.register_namespace("mda", MDA)

XLIFF_FORMAT = "xliff"
PO_FORMAT = "po"
FORMATS = {XLIFF_FORMAT: ("xlf", "application/xliff+xml"), PO_FORMAT: ("po", "text/x-gettext-translation")}


class FileError(ValueError):
    """The file cannot be read as an exchange file."""


@dataclass
class ExportPage:
    page: object  # the draft whose German is exported
    units: list
    source_digest: str
    url: str = ""


@dataclass
class ParsedUnit:
    page_id: int
    unit_id: str
    source: str
    target: str | None
    digest: str | None = None
    error: str | None = None


@dataclass
class ParsedFile:
    language: str
    units: list = field(default_factory=list)
    page_digests: dict = field(default_factory=dict)


def _x(name):
    return f"{{{XLIFF}}}{name}"


def _m(name):
    return f"{{{MDA}}}{name}"


def _metadata(parent, values):
    metadata = ET.SubElement(parent, _m("metadata"))
    group = ET.SubElement(metadata, _m("metaGroup"), category=META_GROUP)
    for key, value in values.items():
        ET.SubElement(group, _m("meta"), type=key).text = str(value)


def _read_metadata(element):
    values = {}
    for group in element.findall(f"{_m('metadata')}/{_m('metaGroup')}"):
        if group.get("category") == META_GROUP:
            for meta in group.findall(_m("meta")):
                values[meta.get("type")] = meta.text or ""
    return values


def _note(parent, category, text):
    notes = ET.SubElement(parent, _x("notes"))
    ET.SubElement(notes, _x("note"), category=category).text = text


def write_xliff(pages, language):
    root = ET.Element(_x("xliff"), {"version": "2.0", "srcLang": SOURCE_LANGUAGE, "trgLang": language})
    for item in pages:
        page = item.page
        element = ET.SubElement(
            root, _x("file"), id=f"page-{page.pk}", original=item.url or f"page-{page.pk}"
        )
        _metadata(
            element,
            {"page-id": page.pk, "page-type": page._meta.label_lower, "source-digest": item.source_digest},
        )
        _note(element, "page", str(page.title))
        for unit in item.units:
            unit_element = ET.SubElement(element, _x("unit"), id=unit.id)
            _metadata(
                unit_element,
                {"field": unit.field, "source-digest": unit.digest, "field-digest": unit.field_digest},
            )
            _note(unit_element, "location", unit.label)
            segment = None
            if unit.kind == HTML:
                original = ET.SubElement(unit_element, _x("originalData"))
                segment = ET.SubElement(unit_element, _x("segment"))
                markup.to_inline(unit.source, ET.SubElement(segment, _x("source")), original)
                if not len(original):
                    unit_element.remove(original)
            else:
                segment = ET.SubElement(unit_element, _x("segment"))
                ET.SubElement(segment, _x("source")).text = unit.source
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def read_xliff(content):
    try:
        root = SafeET.fromstring(content)
    except Exception as error:  # defusedxml raises ParseError and its own errors for attacks
        raise FileError(_("The file is not well-formed XML: %s") % error) from error
    if root.tag != _x("xliff") or not str(root.get("version", "")).startswith("2."):
        raise FileError(_("The file is not an XLIFF 2.0 document."))
    if root.get("srcLang") != SOURCE_LANGUAGE:
        raise FileError(_("The source language of the file is not German."))
    parsed = ParsedFile(language=root.get("trgLang") or "")
    for file_element in root.findall(_x("file")):
        meta = _read_metadata(file_element)
        page_id = _page_id(meta.get("page-id") or file_element.get("id", "").removeprefix("page-"))
        parsed.page_digests[page_id] = meta.get("source-digest")
        for unit in file_element.iter(_x("unit")):
            parsed.units.append(_read_unit(page_id, unit))
    if not parsed.units:
        raise FileError(_("The file contains no units."))
    return parsed


def _page_id(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _read_unit(page_id, unit):
    meta = _read_metadata(unit)
    data = {item.get("id"): item.text or "" for item in unit.findall(f"{_x('originalData')}/{_x('data')}")}
    sources, targets, error = [], [], None
    for part in unit:
        if part.tag not in (_x("segment"), _x("ignorable")):
            continue
        source, target = part.find(_x("source")), part.find(_x("target"))
        try:
            text = markup.from_inline(source, data) if source is not None else ""
            sources.append(text)
            if part.tag == _x("ignorable"):  # whitespace between segments belongs to both
                targets.append(markup.from_inline(target, data) if target is not None else text)
            elif target is not None and (target.text or len(target)):
                if markup.inline_ids(target) != markup.inline_ids(source):
                    raise markup.MarkupError(_("The inline codes of the target differ from the source."))
                targets.append(markup.from_inline(target, data))
        except markup.MarkupError as problem:
            error = str(problem)
    segments = unit.findall(_x("segment"))
    # a unit counts as translated only when every segment is (no German left inside)
    translated = segments and all(_has_target(segment) for segment in segments)
    target = "".join(targets) if targets and translated else None
    return ParsedUnit(page_id, unit.get("id", ""), "".join(sources), target, meta.get("source-digest"), error)


def _has_target(segment):
    target = segment.find(_x("target"))
    return target is not None and bool((target.text or "").strip() or len(target))


def write_po(pages, language):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Kreisnetz",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": SOURCE_LANGUAGE,
        "X-Kreisnetz-Source-Digests": " ".join(f"{item.page.pk}={item.source_digest}" for item in pages),
    }
    for item in pages:
        for unit in item.units:
            comment = f"{item.page.title} › {unit.label}\nsource-digest={unit.digest}"
            if unit.kind == HTML:
                comment += "\n" + _("Rich text: keep every HTML tag and link.")
            po.append(
                polib.POEntry(
                    msgctxt=po_context(item.page.pk, unit.id),
                    msgid=unit.source,
                    msgstr="",
                    comment=comment,
                    occurrences=[(item.url or f"page-{item.page.pk}", "")],
                )
            )
    return str(po).encode()


def po_context(page_id, unit_id):
    return f"{page_id}:{unit_id}"


def read_po(content):
    try:
        po = polib.pofile(content.decode("utf-8"))
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise FileError(_("The file cannot be read as a PO file: %s") % error) from error
    parsed = ParsedFile(language=po.metadata.get("Language", ""))
    for pair in po.metadata.get("X-Kreisnetz-Source-Digests", "").split():
        page, _sep, digest = pair.partition("=")
        parsed.page_digests[_page_id(page)] = digest
    for entry in po:
        if entry.obsolete:
            continue
        page, _sep, unit_id = (entry.msgctxt or "").partition(":")
        digest = next(
            (
                line.split("=", 1)[1]
                for line in entry.comment.splitlines()
                if line.startswith("source-digest=")
            ),
            None,
        )
        target = entry.msgstr if entry.msgstr and not entry.fuzzy else None
        parsed.units.append(ParsedUnit(_page_id(page), unit_id, entry.msgid, target, digest))
    if not parsed.units:
        raise FileError(_("The file contains no units."))
    return parsed


def read(content, name):
    """Parse an uploaded exchange file; its kind by its content (XML or PO)."""
    head = content.lstrip()[:200]
    if head.startswith(b"<") or name.lower().endswith((".xlf", ".xliff")):
        return read_xliff(content)
    return read_po(content)
