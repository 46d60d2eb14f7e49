"""Shared pieces of the exchange tests: an offer with rich text and StreamField body, and a
"translator" that fills an XLIFF file's targets as a CAT tool does."""

import copy
from xml.etree import ElementTree as ET

import pytest
from defusedxml import ElementTree as SafeET

from offers.models import OfferPage
from tests.offers.factories import OfferIndexPageFactory, OfferPageFactory

XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
MDA = "{urn:oasis:names:tc:xliff:metadata:2.0}"
PARAGRAPH = (
    '<p data-block-key="a1">Wir treffen uns <b>jeden</b> Dienstag im '
    '<a href="https://example.org/cafe">Café</a>.</p><ul><li data-block-key="a2">Tee</li></ul>'
)
BODY = [
    {
        "type": "heading",
        "value": {"text": "Treffpunkt", "level": "h2"},
        "id": "11111111-1111-4111-8111-111111111111",
    },
    {"type": "paragraph", "value": PARAGRAPH, "id": "22222222-2222-4222-8222-222222222222"},
    {
        "type": "quote",
        "value": {"text": "Alle sind willkommen.", "source": ""},
        "id": "33333333-3333-4333-8333-333333333333",
    },
]


@pytest.fixture
def offer(town_a):
    finder = OfferIndexPageFactory(parent=town_a.page)
    return OfferPageFactory(
        parent=finder, title="Sprachcafé", intro="Ein Treffen für alle.", fee_note="Spende erbeten", body=BODY
    )


def _mark(element, marker):
    if (element.text or "").strip():
        element.text = marker + element.text
        return True
    return any(_mark(child, marker) for child in element)


def translate_xliff(content, marker="UK ", language=None):
    """Fill every target as a CAT tool does: a copy of the source with its inline codes."""
    root = SafeET.fromstring(content)
    if language:
        root.set("trgLang", language)
    for segment in root.iter(f"{XLIFF}segment"):
        target = copy.deepcopy(segment.find(f"{XLIFF}source"))
        target.tag = f"{XLIFF}target"
        _mark(target, marker)
        segment.append(target)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def fresh(page):
    return OfferPage.objects.get(pk=page.pk)
