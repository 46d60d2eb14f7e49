"""Translated fields of portal's own models: an image's description, which Wagtail uses as its
default alternative text (rich text, body image blocks without their own alt text)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import KreisnetzImage


@register(KreisnetzImage)
class KreisnetzImageTR(TranslationOptions):
    fields = ("description",)
