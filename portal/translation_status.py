"""Translation status per page and language: missing, outdated or up to date.

A translation is *outdated* when the German source text changed after the translation into
that language was last saved. The German digest at the time of that save is kept in
:class:`portal.models.TranslationState`.
"""

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from .i18n import localized_field

SOURCE_LANGUAGE = "de"
# Fields translated by wagtail-modeltranslation that are technical, not content.
TECHNICAL_FIELDS = {"slug", "url_path", "seo_title", "search_description", "draft_title"}

MISSING = "missing"
OUTDATED = "outdated"
CURRENT = "current"
STATUS_LABELS = {
    MISSING: _("missing"),
    OUTDATED: _("outdated"),
    CURRENT: _("up to date"),
}


@dataclass
class LanguageStatus:
    language: str
    name: str
    status: str
    missing_fields: list = field(default_factory=list)
    missing_labels: list = field(default_factory=list)  # the fields' names in the editor's language

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def content_fields(model):
    """Names of the translated content fields of a model (title included, technical ones not)."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(name for name in options.all_fields if name not in TECHNICAL_FIELDS)


def localized_content_fields(model):
    """Every per-language column of the content fields (title_de, intro_ar, ...), and the fields."""
    fields = content_fields(model)
    languages = [SOURCE_LANGUAGE, *target_languages()]
    return {*fields, *(localized_field(name, code) for name in fields for code in languages)}


def _raw(instance, name, language):
    value: Any = getattr(instance, localized_field(name, language), None)
    if hasattr(value, "raw_data"):  # StreamValue
        value = list(value.raw_data)
    return value


def _is_empty(value):
    return value in (None, "", [], "[]")


def source_digest(instance):
    fields = content_fields(type(instance))
    data = {name: _raw(instance, name, SOURCE_LANGUAGE) for name in fields}
    encoded = json.dumps(data, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def record_translation_changes(instance, previous):
    """After a save: remember the German digest for each language whose text changed."""
    from .models import TranslationState

    fields = content_fields(type(instance))
    if not fields:
        return
    digest = None
    for language in target_languages():
        values = [_raw(instance, name, language) for name in fields]
        if all(_is_empty(value) for value in values):
            continue
        changed = previous is None or any(
            value != _raw(previous, name, language) for name, value in zip(fields, values, strict=True)
        )
        if not changed and TranslationState.objects.filter(page_id=instance.pk, language=language).exists():
            continue
        digest = digest or source_digest(instance)
        TranslationState.objects.update_or_create(
            page_id=instance.pk, language=language, defaults={"source_digest": digest}
        )


def status_for(instance):
    """The status of every target language of one page."""
    from .models import TranslationState

    fields = content_fields(type(instance))
    states = dict(
        TranslationState.objects.filter(page_id=instance.pk).values_list("language", "source_digest")
    )
    digest = source_digest(instance)
    names = dict(settings.LANGUAGES)
    result = []
    for language in target_languages():
        needed = [name for name in fields if not _is_empty(_raw(instance, name, SOURCE_LANGUAGE))]
        missing = [name for name in needed if _is_empty(_raw(instance, name, language))]
        if needed and len(missing) == len(needed):
            status = MISSING
        elif states.get(language) != digest:
            status = OUTDATED
        else:
            status = CURRENT
        labels = [capfirst(instance._meta.get_field(name).verbose_name) for name in missing]
        result.append(LanguageStatus(language, str(names[language]), status, missing, labels))
    return result
