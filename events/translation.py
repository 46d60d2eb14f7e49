from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EventIndexPage, EventPage


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("intro", "body", "image_alt")


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro", "body")
