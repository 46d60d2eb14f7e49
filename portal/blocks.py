"""The one registry of StreamField blocks: page types compose their bodies from here."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "portal/blocks/heading.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image whose alternative text is part of the (translated) content, never a file name."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe what the image shows. Leave empty only for purely decorative images."),
    )
    decorative = blocks.BooleanBlock(label=_("Decorative image"), required=False)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "portal/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    source = blocks.CharBlock(label=_("Source"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "portal/blocks/quote.html"


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    text = blocks.CharBlock(label=_("Link text"), max_length=120)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "portal/blocks/link.html"


BLOCK_REGISTRY = {
    "heading": HeadingBlock,
    "paragraph": lambda: blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph")),
    "image": AccessibleImageBlock,
    "quote": QuoteBlock,
    "link": LinkBlock,
}


def body_blocks(*names):
    """Block list for a StreamField, by registry name; all blocks when no names are given."""
    chosen = names or tuple(BLOCK_REGISTRY)
    return [(name, BLOCK_REGISTRY[name]()) for name in chosen]
