"""Large admin pages (the page editor) written more compactly, meaning the same.

Wagtail's templates indent deeply; in the page editor that indentation was a sixth of the HTML.
Only runs of whitespace beside a tag are touched, and each keeps one space or line break, so
the page renders the same; the contents of ``textarea``, ``pre``, ``script`` and
``style`` elements are left exactly as they are.

JSON gets the same care, read and written back without changing a value: JSON data scripts
(``json_script``) and JSON attributes (a StreamField's block definitions) without the blanks
after ``,`` and ``:`` and with non-ASCII letters as themselves; an attribute holding JSON is
quoted with ``'`` so its many ``"`` need no ``&quot;``; the widget templates packed into
block definitions (``{"_type": "wagtail.…widgets.…", "_args": ["<html>", …]}``) are squeezed
like the page; a class named twice in one ``class`` attribute is named once. Values entered by
editors are never touched. An icon's empty ``<use>`` element is written self-closing.
"""

import html as html_entities
import json
import re

_VERBATIM = re.compile(r"(<(textarea|pre|script|style)\b.*?</\2\s*>)", re.S | re.I)
_BESIDE_TAGS = re.compile(r"(?<=>)\s{2,}|\s{2,}(?=<)")
_TAG = re.compile(r"""<[A-Za-z][^\s>/]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>""")
_TAG_NAME = re.compile(r"<[^\s>/]*")
_ATTRIBUTE = re.compile(r"""(\s+[^\s"'=<>/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
# An icon's ``<use>`` element with nothing inside: written self-closing, as SVG allows in HTML.
_EMPTY_USE = re.compile(r"(<use\b[^<>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^<>\"']*)*?)\s*></use\s*>")
_JSON_SCRIPT = re.compile(
    r"^(<script\b[^>]*\btype=\"application/json\"[^>]*>)(.*)(</script\s*>)$", re.S | re.I
)


def _squeeze(match):
    return "\n" if "\n" in match.group(0) else " "


def _squeeze_text(text):
    return _BESIDE_TAGS.sub(_squeeze, text)


def _squeeze_widget_templates(value):
    """Block definitions with their widgets' HTML templates squeezed; everything else as it was."""
    if isinstance(value, list):
        return [_squeeze_widget_templates(item) for item in value]
    if not isinstance(value, dict):
        return value
    value = {key: _squeeze_widget_templates(item) for key, item in value.items()}
    args = value.get("_args")
    if ".widgets." in str(value.get("_type", "")) and args and isinstance(args[0], str):
        value["_args"] = [compact(args[0]), *args[1:]]
    return value


def _dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_attribute(value):
    """``value`` (an attribute's text, HTML-escaped) as compact JSON, or None if it is not JSON."""
    if not value.startswith(("{", "[")):
        return None
    try:
        data = json.loads(html_entities.unescape(value))
    except ValueError:
        return None
    text = _dump(_squeeze_widget_templates(data))
    return text.replace("&", "&amp;").replace("'", "&#x27;").replace("<", "&lt;")


def _requote(match):
    name, equals, value = match.groups()
    if name.strip().lower() == "class" and value and value[0] == '"':
        # Wagtail's icons repeat the class "icon"; a class list is a set.
        return f'{name}{equals}"{" ".join(dict.fromkeys(value[1:-1].split()))}"'
    if not value or not value.startswith('"') or "&quot;" not in value:
        return match.group(0)
    inner = value[1:-1]
    compacted = _json_attribute(inner)
    if compacted is not None:
        return f"{name}{equals}'{compacted}'"
    if "'" in inner:
        return match.group(0)
    return name + equals + "'" + inner.replace("&quot;", '"') + "'"


def _requote_tag(match):
    tag = match.group(0)
    name = _TAG_NAME.match(tag)
    name_end = name.end() if name else 0
    return tag[:name_end] + _ATTRIBUTE.sub(_requote, tag[name_end:])


def _verbatim(element):
    script = _JSON_SCRIPT.match(element)
    if script is None:
        return element
    opening, body, closing = script.groups()
    try:
        data = json.loads(body)
    except ValueError:
        return element
    # Only "<" must stay escaped in a script element (no "</script>" or "<!--" inside).
    return opening + _dump(data).replace("<", "\\u003C") + closing


def compact(html):
    pieces = _VERBATIM.split(html)
    # split() yields: text, verbatim element, its tag name, text, ...
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3
        if kind == 0:
            out.append(_EMPTY_USE.sub(r"\1/>", _TAG.sub(_requote_tag, _squeeze_text(piece))))
        elif kind == 1:
            out.append(_verbatim(piece))
    return "".join(out)


def compact_response(response):
    if response.get("Content-Type", "").startswith("text/html") and not response.streaming:
        response.content = compact(response.content.decode(response.charset)).encode(response.charset)
    return response
