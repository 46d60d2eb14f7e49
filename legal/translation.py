from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import AccessibilityStatementPage, EasyLanguagePage, LegalPage, SignLanguagePage

PAGE_FIELDS = ("intro", "body")


@register(AccessibilityStatementPage)
class AccessibilityStatementPageTR(TranslationOptions):
    fields = (*PAGE_FIELDS, "barriers")


@register(LegalPage)
class LegalPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(EasyLanguagePage)
class EasyLanguagePageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(SignLanguagePage)
class SignLanguagePageTR(TranslationOptions):
    fields = (*PAGE_FIELDS, "video_description")
