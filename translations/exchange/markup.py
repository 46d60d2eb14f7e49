"""Rich text markup in exchange files: HTML as tokens, checks of a translation's tags, and the
XLIFF 2.0 inline form (``<pc>`` for an element with content, ``<ph>`` for an empty one, the
original tags kept in ``<originalData>``)."""

from collections import Counter
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

from django.utils.translation import gettext as _

VOID = {"br", "embed", "hr", "img", "wbr"}
IGNORED_ATTRIBUTES = {"data-block-key"}  # Wagtail's paragraph keys: a new one is harmless
TYPES = {"a": "link", "b": "fmt", "i": "fmt", "strong": "fmt", "em": "fmt", "embed": "image"}


class MarkupError(ValueError):
    pass


@dataclass
class Token:
    kind: str  # "start", "end", "void" or "text"
    value: str  # the tag name, or the text
    raw: str = ""  # the tag as written
    attrs: tuple = ()


class _Tokenizer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        kind = "void" if tag in VOID else "start"
        self.tokens.append(Token(kind, tag, self.get_starttag_text() or "", tuple(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(Token("void", tag, self.get_starttag_text() or "", tuple(attrs)))

    def handle_endtag(self, tag):
        if tag not in VOID:
            self.tokens.append(Token("end", tag, f"</{tag}>"))

    def handle_data(self, data):
        self.tokens.append(Token("text", data))


def tokens(html):
    """The tokens of ``html``; raises MarkupError if it is not well formed."""
    parser = _Tokenizer()
    parser.feed(html)
    parser.close()
    stack = []
    for token in parser.tokens:
        if token.kind == "start":
            stack.append(token.value)
        elif token.kind == "end":
            if not stack or stack[-1] != token.value:
                raise MarkupError(_("The closing tag </%(tag)s> does not match.") % {"tag": token.value})
            stack.pop()
    if stack:
        raise MarkupError(_("The tag <%(tag)s> is not closed.") % {"tag": stack[-1]})
    return parser.tokens


def _signature(token):
    attrs = tuple(sorted((name, value) for name, value in token.attrs if name not in IGNORED_ATTRIBUTES))
    return (token.value, attrs)


def check_translation(source, target):
    """A translated rich text is well formed and keeps every tag and link of the German."""
    expected = Counter(_signature(t) for t in tokens(source) if t.kind in ("start", "void"))
    found = Counter(_signature(t) for t in tokens(target) if t.kind in ("start", "void"))
    if expected != found:
        lost = expected - found
        added = found - expected
        parts = [_describe(sig) for sig in lost.elements()]
        if parts:
            raise MarkupError(
                _("Tags or links of the German text are missing or changed: %s") % ", ".join(parts)
            )
        raise MarkupError(
            _("Tags or links were added: %s") % ", ".join(_describe(s) for s in added.elements())
        )


def _describe(signature):
    name, attrs = signature
    shown = " ".join(f'{key}="{value}"' for key, value in attrs)
    return f"<{name}{' ' + shown if shown else ''}>"


def to_inline(html, container, original_data):
    """Write ``html`` as XLIFF inline content into ``container``; the tags go to ``original_data``
    (an ``<originalData>`` element, shared by the unit's source and target)."""
    stack = [container]
    last = None  # the element whose tail takes the next text
    counter = [0]

    def data(ref, raw):
        item = ET.SubElement(original_data, f"{{{XLIFF}}}data", id=ref)
        item.text = raw

    def add_text(text):
        nonlocal last
        if last is None:
            stack[-1].text = (stack[-1].text or "") + text
        else:
            last.tail = (last.tail or "") + text

    for token in tokens(html):
        if token.kind == "text":
            add_text(token.value)
        elif token.kind == "void":
            counter[0] += 1
            ref = f"p{counter[0]}"
            data(ref, token.raw)
            attrs = {"id": str(counter[0]), "dataRef": ref, "type": TYPES.get(token.value, "other")}
            last = ET.SubElement(stack[-1], f"{{{XLIFF}}}ph", attrs)
        elif token.kind == "start":
            counter[0] += 1
            number = counter[0]
            data(f"s{number}", token.raw)
            data(f"e{number}", f"</{token.value}>")
            attrs = {
                "id": str(number),
                "dataRefStart": f"s{number}",
                "dataRefEnd": f"e{number}",
                "type": TYPES.get(token.value, "other"),
            }
            element = ET.SubElement(stack[-1], f"{{{XLIFF}}}pc", attrs)
            stack.append(element)
            last = None
        else:  # end
            last = stack.pop()


def inline_ids(element):
    """The ids of the inline codes in ``element`` (each must appear once in source and target)."""
    return Counter(
        child.get("id") for child in element.iter() if child is not element and _local(child.tag) in CODES
    )


CODES = {"pc", "ph", "sc", "ec"}


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def from_inline(element, data):
    """HTML of XLIFF inline content; ``data`` maps originalData ids to the tags. Raises MarkupError
    for a code without its original data."""

    def ref(child, attribute):
        key = child.get(attribute)
        if key not in data:
            raise MarkupError(_("An inline code refers to unknown original data (%s).") % key)
        return data[key]

    parts = [escape(element.text or "", quote=False)]
    for child in element:
        name = _local(child.tag)
        if name == "pc":
            parts += [ref(child, "dataRefStart"), from_inline(child, data), ref(child, "dataRefEnd")]
        elif name in ("ph", "sc", "ec"):
            parts.append(ref(child, "dataRef"))
        elif name == "mrk":  # an annotation: its content is text
            parts.append(from_inline(child, data))
        elif name == "cp":
            parts.append(escape(chr(int(child.get("hex"), 16)), quote=False))
        else:
            raise MarkupError(_("Unknown inline element <%s>.") % name)
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts)


XLIFF = "urn:oasis:names:tc:xliff:document:2.0"
