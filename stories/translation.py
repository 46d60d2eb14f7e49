from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import StoryIndexPage, StoryPage

PAGE_FIELDS = ("intro", "body")


@register(StoryIndexPage)
class StoryIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(StoryPage)
class StoryPageTR(TranslationOptions):
    fields = PAGE_FIELDS
