from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    Category,
    ContactPointIndexPage,
    ContactPointPage,
    MapPage,
    OfferIndexPage,
    OfferPage,
    OpenDataPage,
    TargetGroup,
    Topic,
)

PAGE_FIELDS = ("intro", "body")


@register(OfferPage)
class OfferPageTR(TranslationOptions):
    fields = (*PAGE_FIELDS, "fee_note", "contact_role")


@register(ContactPointPage)
class ContactPointPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(OfferIndexPage)
class OfferIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(ContactPointIndexPage)
class ContactPointIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(MapPage)
class MapPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(OpenDataPage)
class OpenDataPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(Category)
class CategoryTR(TranslationOptions):
    fields = ("name",)


@register(TargetGroup)
class TargetGroupTR(TranslationOptions):
    fields = ("name",)


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)
