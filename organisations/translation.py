from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Organisation, OrganisationIndexPage


@register(Organisation)
class OrganisationTR(TranslationOptions):
    fields = ("description",)


@register(OrganisationIndexPage)
class OrganisationIndexPageTR(TranslationOptions):
    fields = ("intro", "body")
