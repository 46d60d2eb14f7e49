"""The translatable text of a page's content fields: plain text, rich text (HTML) and the
text leaves of a StreamField, with the way to put translations back in the same structure."""

import copy
from dataclasses import dataclass, field
from typing import Any

from wagtail import blocks

from portal.i18n import localized_field
from portal.translation_status import SOURCE_LANGUAGE, content_fields

from ..text_kinds import STREAM, field_kind, leaf_kind


@dataclass
class Leaf:
    container: Any  # the dict or list holding the text
    key: Any
    kind: str  # TEXT or HTML

    @property
    def text(self):
        return self.container[self.key]

    def set(self, value):
        self.container[self.key] = value


@dataclass
class FieldText:
    """One field of one language to fill: its leaves and the value they make up."""

    name: str
    language: str
    value: Any  # a string, or the StreamField's data (a list) the leaves point into
    leaves: list = field(default_factory=list)


def is_empty(value):
    if hasattr(value, "raw_data"):
        return len(value) == 0
    return value in (None, "", [], "[]")


def _walk(block, value, leaves):
    if isinstance(block, blocks.StreamBlock):
        for item in value or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                _visit(child, item, "value", leaves)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if isinstance(value, dict) and name in value:
                _visit(child, value, name, leaves)
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                _visit(block.child_block, item, "value", leaves)
            else:
                _visit(block.child_block, value, index, leaves)


def _visit(block, container, key, leaves):
    value = container[key]
    kind = leaf_kind(block)
    if kind is None:
        _walk(block, value, leaves)
    elif isinstance(value, str) and value.strip():
        leaves.append(Leaf(container, key, kind))


def field_text(instance, name, language):
    """The German of field ``name`` prepared to become its ``language`` version; None when the
    German is empty."""
    german = getattr(instance, localized_field(name, SOURCE_LANGUAGE), None)
    if is_empty(german):
        return None
    kind = field_kind(type(instance), name)
    if kind == STREAM:
        stream_block = type(instance)._meta.get_field(name).stream_block
        data = copy.deepcopy(stream_block.get_prep_value(german))
        item = FieldText(name, language, data)
        _walk(stream_block, data, item.leaves)
        return item
    holder = {"value": str(german)}
    return FieldText(name, language, holder, [Leaf(holder, "value", kind)])


def fields_to_fill(instance, language, replace=False):
    """The fields of ``instance`` to fill in ``language``: those with German text whose
    translation is empty (or all of them when ``replace``)."""
    result = []
    for name in content_fields(type(instance)):
        if not replace and not is_empty(getattr(instance, localized_field(name, language), None)):
            continue
        item = field_text(instance, name, language)
        if item is not None and item.leaves:
            result.append(item)
    return result


def apply(instance, item):
    """Set the translated value of ``item`` on ``instance`` (not saved)."""
    value = item.value["value"] if isinstance(item.value, dict) else item.value  # stream data: a list
    setattr(instance, localized_field(item.name, item.language), value)
