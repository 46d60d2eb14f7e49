"""The translatable units of a page: one per content field, and one per text leaf of a
StreamField block (its id path: field, block id, child name).

A unit's id is an XML NMTOKEN ("title", "body.<block id>.text") so that it can stand as a
unit id in XLIFF 2.0. Units are read from the German of the page's latest draft; a translation
is written back by copying the German structure of a StreamField and replacing its text leaves.
"""

import copy
import hashlib
from dataclasses import dataclass

from wagtail import blocks

from portal.i18n import localized_field
from portal.translation_status import SOURCE_LANGUAGE, content_fields, field_digest

from ..text_kinds import STREAM, field_kind, leaf_kind

SEPARATOR = "."


@dataclass
class Unit:
    id: str
    field: str
    kind: str  # TEXT or HTML (rich text: its markup must survive the translation)
    source: str
    field_digest: str
    label: str = ""  # where the text stands, for the translator's notes

    @property
    def digest(self):
        return text_digest(self.source)


def text_digest(text):
    return hashlib.sha256((text or "").encode()).hexdigest()


def _raw_text(value):
    if value is None:
        return ""
    return getattr(value, "source", value) if not isinstance(value, str) else value


def _leaves(block, value, path, label):
    """(path, kind, labels) of every text leaf of a raw block value."""
    kind = leaf_kind(block)
    if kind is not None:
        yield path, kind, label
        return
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        for name, child in block.child_blocks.items():
            yield from _leaves(child, value.get(name), [*path, name], [*label, str(child.label)])
    elif isinstance(block, blocks.ListBlock) and isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and "id" in item:
                yield from _leaves(block.child_block, item.get("value"), [*path, item["id"]], label)
    elif isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        yield from _stream_leaves(block, value, path, label)


def _stream_leaves(stream_block, raw, path, label):
    for item in raw:
        child = stream_block.child_blocks.get(item.get("type"))
        if child is None or not item.get("id"):
            continue
        yield from _leaves(child, item.get("value"), [*path, item["id"]], [*label, str(child.label)])


def _get(raw, keys):
    """The value at a path of block ids and child names in raw stream data (None if absent)."""
    value = raw
    for key in keys:
        if isinstance(value, list):
            value = next((item.get("value") for item in value if item.get("id") == key), None)
        elif isinstance(value, dict):
            value = value.get(key)
        else:
            return None
        if value is None:
            return None
    return value


def _set(raw, keys, text):
    *head, last = keys
    container = _get(raw, head) if head else raw
    if isinstance(container, list):
        for item in container:
            if item.get("id") == last:
                item["value"] = text
    else:
        container[last] = text


def raw_stream(instance, name, language):
    value = getattr(instance, localized_field(name, language), None)
    if value is None:
        return []
    return copy.deepcopy([dict(item) for item in value.raw_data])


def units_of(instance):
    """The units of the German text of ``instance`` (a page or its draft), in field order."""
    model = type(instance)
    result = []
    for name in _ordered_fields(model):
        field = model._meta.get_field(name)
        label = str(field.verbose_name)
        digest = field_digest(instance, name)
        if field_kind(model, name) == STREAM:
            raw = raw_stream(instance, name, SOURCE_LANGUAGE)
            for path, kind, labels in _stream_leaves(field.stream_block, raw, [], [label]):
                text = _raw_text(_get(raw, path))
                if text.strip():
                    unit_id = SEPARATOR.join([name, *path])
                    result.append(Unit(unit_id, name, kind, text, digest, " › ".join(labels)))
            continue
        text = _raw_text(getattr(instance, localized_field(name, SOURCE_LANGUAGE), ""))
        if text.strip():
            result.append(Unit(name, name, field_kind(model, name), text, digest, label))
    return result


def _ordered_fields(model):
    fields = content_fields(model)
    return sorted(fields, key=lambda name: (name != "title", name != "intro", name))


class IncompleteField(Exception):
    def __init__(self, field, missing):
        super().__init__(field)
        self.field, self.missing = field, missing


def translated_value(instance, name, language, translations):
    """The new value of field ``name`` in ``language`` from {unit id: translated text}.

    A StreamField gets the German structure (block ids, images, links, choices) with its text
    leaves translated; a leaf without a new translation keeps the current translation at the same
    place. Raises IncompleteField when a text would stay German.
    """
    model = type(instance)
    if field_kind(model, name) != STREAM:
        return translations[name]
    field = model._meta.get_field(name)
    raw = raw_stream(instance, name, SOURCE_LANGUAGE)
    current = raw_stream(instance, name, language)
    missing = []
    for path, _kind, _label in list(_stream_leaves(field.stream_block, raw, [], [])):
        if not _raw_text(_get(raw, path)).strip():
            continue
        unit_id = SEPARATOR.join([name, *path])
        if unit_id in translations:
            _set(raw, path, translations[unit_id])
            continue
        existing = _raw_text(_get(current, path))
        if existing.strip():
            _set(raw, path, existing)
        else:
            missing.append(unit_id)
    if missing:
        raise IncompleteField(name, missing)
    return raw
