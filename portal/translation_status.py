"""Translation status per page, language and field: missing, machine translated (not yet
reviewed), outdated (the German changed since) or reviewed.

Each field's translation is tracked in :class:`portal.models.TranslationState`, recorded on
every save of the page *and of its drafts* (a revision carries the text being edited), so the
status of a draft is right as soon as it is saved. Recording is idempotent: the digest of the
translated text tells a new translation from the same text saved again (publishing a draft).
"""

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from .i18n import localized_field

SOURCE_LANGUAGE = "de"
# Fields translated by wagtail-modeltranslation that are technical, not content.
TECHNICAL_FIELDS = {"slug", "url_path", "seo_title", "search_description", "draft_title"}

MISSING = "missing"
OUTDATED = "outdated"
MACHINE = "machine"
CURRENT = "current"
STATUS_LABELS = {
    MISSING: _("missing"),
    OUTDATED: _("outdated"),
    MACHINE: _("machine translated, not reviewed"),
    CURRENT: _("reviewed"),
}
# A language's status is its worst field's (a partly missing translation is listed by field).
SEVERITY = (OUTDATED, MACHINE, CURRENT)


@dataclass
class FieldStatus:
    name: str
    label: str  # the field's name in the editor's language
    status: str

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclass
class LanguageStatus:
    language: str
    name: str
    status: str
    missing_fields: list = field(default_factory=list)
    missing_labels: list = field(default_factory=list)  # the fields' names in the editor's language
    fields: list = field(default_factory=list)  # FieldStatus of every field with German text

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    def fields_with(self, status):
        return [item.name for item in self.fields if item.status == status]


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
        value = [{key: block.get(key) for key in ("type", "value")} for block in value.raw_data]
    return value


def _is_empty(value):
    return value in (None, "", [], "[]")


def _digest(value):
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def field_digest(instance, name, language=SOURCE_LANGUAGE):
    """The digest of one field's text in one language (German by default)."""
    return _digest(_raw(instance, name, language))


def source_digest(instance):
    """The digest of all German content fields of a page."""
    fields = content_fields(type(instance))
    return _digest({name: _raw(instance, name, SOURCE_LANGUAGE) for name in fields})


def new_states(instance, languages=None, machine=()):
    """Unsaved states for the translated fields of ``instance`` as they are now (bulk loads)."""
    from .models import TranslationState

    states = []
    for language in languages or target_languages():
        for name in content_fields(type(instance)):
            value = _raw(instance, name, language)
            if _is_empty(value) or _is_empty(_raw(instance, name, SOURCE_LANGUAGE)):
                continue
            states.append(
                TranslationState(
                    page_id=instance.pk,
                    language=language,
                    field=name,
                    source_digest=field_digest(instance, name),
                    target_digest=_digest(value),
                    machine=(language, name) in machine,
                )
            )
    return states


def record_translations(instance, user=None):
    """After a save of the page or of a draft: every translated field whose text is new is
    recorded against the German it was written for. Text put there by machine translation
    (``instance._machine_translated``: a set of (language, field)) is marked so until a
    person reviews it; text a person wrote counts as reviewed by that person."""
    from .models import TranslationState

    if not content_fields(type(instance)):
        return
    machine: set[tuple[str, str]] = getattr(instance, "_machine_translated", set())
    known = {
        (state.language, state.field): state for state in TranslationState.objects.filter(page_id=instance.pk)
    }
    now = timezone.now()
    for state in new_states(instance, machine=machine):
        old = known.get((state.language, state.field))
        if old is not None and old.target_digest == state.target_digest:
            if state.machine and not old.machine:
                old.machine, old.reviewed_by, old.reviewed_at = True, None, None
                old.save(update_fields=["machine", "reviewed_by", "reviewed_at", "translated_at"])
            continue
        values = {"source_digest": state.source_digest, "target_digest": state.target_digest}
        values.update(machine=state.machine, reviewed_by=None if state.machine else user)
        values["reviewed_at"] = None if state.machine else now
        TranslationState.objects.update_or_create(
            page_id=instance.pk, language=state.language, field=state.field, defaults=values
        )
    if hasattr(instance, "_machine_translated"):
        del instance._machine_translated


def mark_reviewed(instance, language, user, fields=None):
    """A person checked the machine translation of ``fields`` (all by default) in ``language``.
    Returns the number of fields marked."""
    from .models import TranslationState

    states = TranslationState.objects.filter(page_id=instance.pk, language=language, machine=True)
    if fields is not None:
        states = states.filter(field__in=fields)
    return states.update(machine=False, reviewed_by=user, reviewed_at=timezone.now())


def machine_translated_fields(instance, language):
    """The fields of ``instance`` shown in ``language`` whose text a machine wrote and nobody
    has reviewed yet (for the public page's notice)."""
    from .models import TranslationState

    if language == SOURCE_LANGUAGE:
        return []
    states = TranslationState.objects.filter(page_id=instance.pk, language=language, machine=True)
    return sorted(
        name
        for name, target in states.values_list("field", "target_digest")
        if target == field_digest(instance, name, language)
    )


def _field_status(instance, name, language, state):
    if _is_empty(_raw(instance, name, language)):
        return MISSING
    if state is None or state.source_digest != field_digest(instance, name):
        return OUTDATED
    return MACHINE if state.machine else CURRENT


def status_for(instance, states=None):
    """The status of every target language of one page, field by field, for the text of
    ``instance`` (the draft being edited, or the live page). ``states``: the page's
    TranslationState rows when already loaded (reports)."""
    from .models import TranslationState

    fields = content_fields(type(instance))
    if states is None:
        states = TranslationState.objects.filter(page_id=instance.pk)
    known = {(state.language, state.field): state for state in states}
    names = dict(settings.LANGUAGES)
    needed = [name for name in fields if not _is_empty(_raw(instance, name, SOURCE_LANGUAGE))]
    labels = {name: str(capfirst(instance._meta.get_field(name).verbose_name)) for name in needed}
    result = []
    for language in target_languages():
        items = [
            FieldStatus(
                name, labels[name], _field_status(instance, name, language, known.get((language, name)))
            )
            for name in needed
        ]
        missing = [item.name for item in items if item.status == MISSING]
        present = {item.status for item in items} - {MISSING}
        status = next((level for level in SEVERITY if level in present), MISSING)
        result.append(
            LanguageStatus(
                language,
                str(names[language]),
                status,
                missing,
                [labels[name] for name in missing],
                items,
            )
        )
    return result
