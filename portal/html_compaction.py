"""Whitespace between tags, squeezed out of large admin pages (the page editor).

Wagtail's templates indent deeply; in the page editor that indentation was a sixth of the HTML.
Only runs of whitespace beside a tag are touched, and each keeps one space or line break, so
the page renders the same; the contents of ``textarea``, ``pre``, ``script`` and
``style`` elements are left exactly as they are.

Two more spellings change, not what they mean: an attribute holding JSON (a StreamField's block
definitions) is quoted with ``'`` so its many ``"`` need no ``&quot;``; a JSON data script
(``json_script``) writes ``>`` and ``&`` as themselves (only ``<`` must stay escaped there).
"""

import re

_VERBATIM = re.compile(r"(<(textarea|pre|script|style)\b.*?</\2\s*>)", re.S | re.I)
_BESIDE_TAGS = re.compile(r"(?<=>)\s{2,}|\s{2,}(?=<)")
_TAG = re.compile(r"""<[A-Za-z][^\s>/]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>""")
_ATTRIBUTE = re.compile(r"""(\s+[^\s"'=<>/]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_JSON_SCRIPT = re.compile(r"^(<script\b[^>]*\btype=\"application/json\"[^>]*>)(.*)(</script\s*>)$", re.S | re.I)
# An escape preceded by an even number of backslashes (a literal backslash is written ``\\``).
_HARMLESS_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u00(3E|3e|26)")


def _squeeze(match):
    return "\n" if "\n" in match.group(0) else " "


def _requote(match):
    name, equals, value = match.groups()
    if not value or not value.startswith('"') or "&quot;" not in value or "'" in value:
        return match.group(0)
    return name + equals + "'" + value[1:-1].replace("&quot;", '"') + "'"


def _requote_tag(match):
    tag = match.group(0)
    name_end = re.match(r"<[^\s>/]*", tag).end()
    return tag[:name_end] + _ATTRIBUTE.sub(_requote, tag[name_end:])


def _unescape_json(match):
    return match.group(1) + (">" if match.group(2).upper() == "3E" else "&")


def _verbatim(element):
    script = _JSON_SCRIPT.match(element)
    if script is None:
        return element
    opening, body, closing = script.groups()
    return opening + _HARMLESS_ESCAPE.sub(_unescape_json, body) + closing


def compact(html):
    pieces = _VERBATIM.split(html)
    # split() yields: text, verbatim element, its tag name, text, ...
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3
        if kind == 0:
            out.append(_TAG.sub(_requote_tag, _BESIDE_TAGS.sub(_squeeze, piece)))
        elif kind == 1:
            out.append(_verbatim(piece))
    return "".join(out)


def compact_response(response):
    if response.get("Content-Type", "").startswith("text/html") and not response.streaming:
        response.content = compact(response.content.decode(response.charset)).encode(response.charset)
    return response
