from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ResponsibilitiesPage, Responsibility


@register(Responsibility)
class ResponsibilityTR(TranslationOptions):
    fields = ("note",)


@register(ResponsibilitiesPage)
class ResponsibilitiesPageTR(TranslationOptions):
    fields = ("intro", "body")
