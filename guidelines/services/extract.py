"""Text units from a page (or a revision of it) and from the data of the page editor form.

StreamField and rich text are checked as plain text; each unit names its block (the block's
id, and the child field), so positions refer to the text of that block.
"""

import json
from html.parser import HTMLParser
from typing import Any

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from portal.i18n import localized_field

from .registry import checked_fields, page_type
from .units import ALT, LINK, TEXT, Context, TextUnit

BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote", "ul", "ol", "div"}


def languages():
    return [code for code, _name in settings.LANGUAGES]


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.length = 0
        self.links = []
        self._link_start = None

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS and self.length:
            self._add("\n")
        if tag == "a":
            self._link_start = self.length

    def handle_endtag(self, tag):
        if tag == "a" and self._link_start is not None:
            self.links.append("".join(self.parts)[self._link_start : self.length])
            self._link_start = None

    def handle_data(self, data):
        self._add(data)

    def _add(self, data):
        self.parts.append(data)
        self.length += len(data)


def html_to_text(source):
    """(plain text, [link texts]) of rich text HTML."""
    parser = _HTMLText()
    parser.feed(source or "")
    parser.close()
    return "".join(parser.parts), parser.links


def contentstate_to_text(value):
    """(plain text, [link texts]) of the Draftail editor's JSON, or None if it is not that."""
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict) or "blocks" not in data:
        return None
    entities = data.get("entityMap") or {}
    lines, links = [], []
    for block in data.get("blocks") or []:
        text = block.get("text") or ""
        lines.append(text)
        for entity_range in block.get("entityRanges") or []:
            entity = entities.get(str(entity_range.get("key"))) or {}
            if entity.get("type") == "LINK":
                offset, length = entity_range.get("offset", 0), entity_range.get("length", 0)
                links.append(text[offset : offset + length])
    return "\n".join(lines), links


def _rich_units(field, language, block, text, links):
    units = [TextUnit(field=field, language=language, text=text, block=block)]
    units.extend(
        TextUnit(
            field=field,
            language=language,
            text=link,
            role=LINK,
            block=f"{block}/link{index}" if block else f"link{index}",
        )
        for index, link in enumerate(links)
    )
    return units


def _is_image_block(block):
    return isinstance(block, blocks.StructBlock) and "alt_text" in block.child_blocks


def _is_link_block(block):
    return (
        isinstance(block, blocks.StructBlock)
        and "text" in block.child_blocks
        and ("url" in block.child_blocks or "page" in block.child_blocks)
    )


def _block_units(field, language, block, value, path):
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        text, links = html_to_text(value.source if isinstance(value, RichText) else str(value or ""))
        return _rich_units(field, language, path, text, links)
    if _is_image_block(block):
        if not value.get("image") or value.get("decorative"):
            return (
                [TextUnit(field, language, value.get("caption") or "", TEXT, f"{path}/caption")]
                if value.get("caption")
                else []
            )
        units = [TextUnit(field, language, value.get("alt_text") or "", ALT, f"{path}/alt_text")]
        if value.get("caption"):
            units.append(TextUnit(field, language, value["caption"], TEXT, f"{path}/caption"))
        return units
    if isinstance(block, blocks.StructBlock):
        units = []
        for name, child in block.child_blocks.items():
            child_value = value.get(name)
            if _is_link_block(block) and name == "text":
                units.append(TextUnit(field, language, child_value or "", LINK, f"{path}/{name}"))
                units.append(TextUnit(field, language, child_value or "", TEXT, f"{path}/{name}"))
            else:
                units.extend(_block_units(field, language, child, child_value, f"{path}/{name}"))
        return units
    if isinstance(block, blocks.ListBlock):
        units = []
        for index, item in enumerate(value or []):
            units.extend(_block_units(field, language, block.child_block, item, f"{path}/{index}"))
        return units
    if isinstance(block, blocks.StreamBlock):
        return _stream_units(field, language, value, path)
    if isinstance(block, blocks.CharBlock | blocks.TextBlock) and isinstance(value, str):
        return [TextUnit(field, language, value, TEXT, path)] if value else []
    return []


def _stream_units(field, language, stream_value, prefix=""):
    units = []
    for index, child in enumerate(stream_value or []):
        block_id = getattr(child, "id", None) or str(index)
        path = f"{prefix}/{block_id}" if prefix else block_id
        units.extend(_block_units(field, language, child.block, child.value, path))
    return units


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a registered name may be a property
        return None


def _localized(model, name, language):
    localized = localized_field(name, language)
    return localized if _model_field(model, localized) is not None else None


def units_from_instance(instance):
    """Every checked text of a page (or a snippet), per language."""
    model = type(instance)
    units = []
    for name in checked_fields(model):
        targets = [(lang, _localized(model, name, lang)) for lang in languages()]
        targets = [(lang, column) for lang, column in targets if column] or [("de", name)]
        field = _model_field(model, name)
        for language, column in targets:
            value = getattr(instance, column, None)
            if not value:
                continue
            if isinstance(field, StreamField):
                units.extend(_stream_units(name, language, value))
            elif isinstance(field, RichTextField):
                text, links = html_to_text(value)
                units.extend(_rich_units(name, language, "", text, links))
            elif isinstance(value, str):
                units.append(TextUnit(field=name, language=language, text=value))
    return units


def _required_names():
    from ..models import Rule

    names: set[str] = set()
    for terms in Rule.objects.filter(enabled=True, kind="required_content").values_list("terms", flat=True):
        for line in terms.splitlines():
            names.update(part.strip() for part in line.split("|") if part.strip())
    return names


def context_from_instance(instance):
    model = type(instance)
    values: dict[str, Any] = {}
    for name in _required_names():
        field = _model_field(model, name)
        if field is None:
            continue
        if isinstance(field, models.ManyToManyField | ParentalManyToManyField):
            values[name] = (
                list(getattr(instance, name).all())
                if instance.pk or isinstance(field, ParentalManyToManyField)
                else []
            )
        else:
            column = _localized(model, name, "de") or name
            values[name] = getattr(instance, column, None)
    return Context(
        page_type=page_type(model), values=values, last_reviewed=getattr(instance, "last_reviewed", None)
    )


# The page editor form ---------------------------------------------------------------------


def _getlist(data, key):
    if hasattr(data, "getlist"):
        return data.getlist(key)
    value = data.get(key)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text_value(field, language, block, value):
    converted = contentstate_to_text(value) if isinstance(value, str) and value.startswith("{") else None
    if converted is not None:
        return _rich_units(field, language, block, *converted)
    return [TextUnit(field=field, language=language, text=value or "", block=block)] if value else []


def _form_stream_units(field, language, stream_field, data, prefix):
    units = []
    try:
        count = int(data.get(f"{prefix}-count") or 0)
    except ValueError:
        count = 0
    child_blocks = stream_field.stream_block.child_blocks
    for index in range(min(count, 1000)):
        base = f"{prefix}-{index}"
        if data.get(f"{base}-deleted"):
            continue
        block = child_blocks.get(data.get(f"{base}-type") or "")
        if block is None:
            continue
        path = data.get(f"{base}-id") or str(index)
        if isinstance(block, blocks.StructBlock):
            if _is_image_block(block):
                if data.get(f"{base}-value-image") and not data.get(f"{base}-value-decorative"):
                    units.append(
                        TextUnit(
                            field, language, data.get(f"{base}-value-alt_text") or "", ALT, f"{path}/alt_text"
                        )
                    )
                if data.get(f"{base}-value-caption"):
                    units.append(
                        TextUnit(field, language, data[f"{base}-value-caption"], TEXT, f"{path}/caption")
                    )
                continue
            for name, child in block.child_blocks.items():
                if not isinstance(child, blocks.CharBlock | blocks.TextBlock | blocks.RichTextBlock):
                    continue
                value = data.get(f"{base}-value-{name}") or ""
                if _is_link_block(block) and name == "text":
                    units.append(TextUnit(field, language, value, LINK, f"{path}/{name}"))
                units.extend(_text_value(field, language, f"{path}/{name}", value))
        elif isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.RichTextBlock):
            units.extend(_text_value(field, language, path, data.get(f"{base}-value") or ""))
    return units


def units_from_form_data(model, data):
    """Text units from the posted data of the page editor (what the editor sees right now)."""
    units = []
    for name in checked_fields(model):
        field = _model_field(model, name)
        for language in languages():
            key = _localized(model, name, language) or (name if language == "de" else None)
            if key is None:
                continue
            if isinstance(field, StreamField):
                units.extend(_form_stream_units(name, language, field, data, key))
            elif key in data:
                units.extend(_text_value(name, language, "", data.get(key) or ""))
    return units


def context_from_form_data(model, data):
    import datetime

    values = {}
    for name in _required_names():
        field = _model_field(model, name)
        if field is None:
            continue
        key = _localized(model, name, "de") or name
        values[name] = [v for v in _getlist(data, key) if v]
    last_reviewed = None
    if _model_field(model, "last_reviewed") is not None and data.get("last_reviewed"):
        try:
            last_reviewed = datetime.date.fromisoformat(data["last_reviewed"].strip())
        except ValueError:
            last_reviewed = None
    return Context(page_type=page_type(model), values=values, last_reviewed=last_reviewed)
