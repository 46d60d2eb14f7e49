"""Which content holds text to translate, and how: plain text, or HTML whose markup must survive
(rich text). One rule for machine translation and for the files exchanged with translators."""

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

TEXT, HTML, STREAM = "text", "html", "stream"


def leaf_kind(block):
    """TEXT or HTML for a block whose value is text to translate; None for the others (choices,
    images, links, numbers are kept as they are, and structural blocks are walked)."""
    if isinstance(block, blocks.RichTextBlock):
        return HTML
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return TEXT
    return None


def field_kind(model, name):
    """STREAM, HTML (rich text) or TEXT for a content field of ``model``."""
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return STREAM
    return HTML if isinstance(field, RichTextField) else TEXT
