from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import RoundTablePage, TwinningRoundPage


@register(RoundTablePage)
class RoundTablePageTR(TranslationOptions):
    fields = ("intro", "body", "topic", "purpose")


@register(TwinningRoundPage)
class TwinningRoundPageTR(TranslationOptions):
    fields = ("intro", "body")
