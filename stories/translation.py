from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import StoryImage, StoryIndexPage, StoryPage

PAGE_FIELDS = ("intro", "body")


@register(StoryIndexPage)
class StoryIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(StoryPage)
class StoryPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(StoryImage)
class StoryImageTR(TranslationOptions):
    """A story image's alternative text and caption are part of the story, in every language."""

    fields = ("alt_text", "caption")
