"""Whitespace between tags, squeezed out of large admin pages (the page editor).

Wagtail's templates indent deeply; in the page editor that indentation was a sixth of the HTML.
Only runs of whitespace beside a tag are touched, and each keeps one space or line break, so
the page renders the same; the contents of ``textarea``, ``pre``, ``script`` and
``style`` elements are left exactly as they are.
"""

import re

_VERBATIM = re.compile(r"(<(textarea|pre|script|style)\b.*?</\2\s*>)", re.S | re.I)
_BESIDE_TAGS = re.compile(r"(?<=>)\s{2,}|\s{2,}(?=<)")


def _squeeze(match):
    return "\n" if "\n" in match.group(0) else " "


def compact(html):
    pieces = _VERBATIM.split(html)
    # split() yields: text, verbatim element, its tag name, text, ...
    out = []
    for index, piece in enumerate(pieces):
        kind = index % 3
        if kind == 0:
            out.append(_BESIDE_TAGS.sub(_squeeze, piece))
        elif kind == 1:
            out.append(piece)
    return "".join(out)


def compact_response(response):
    if response.get("Content-Type", "").startswith("text/html") and not response.streaming:
        response.content = compact(response.content.decode(response.charset)).encode(response.charset)
    return response
