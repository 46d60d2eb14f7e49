from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ContentPage, CountyHomePage, TownPage


@register(CountyHomePage)
class CountyHomePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(TownPage)
class TownPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ContentPage)
class ContentPageTR(TranslationOptions):
    fields = ("intro", "body")
