from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EventIndexPage, EventPage, TrainingCalendarPage


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("intro", "body", "image_alt")


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(TrainingCalendarPage)
class TrainingCalendarPageTR(TranslationOptions):
    fields = ("intro", "body")
