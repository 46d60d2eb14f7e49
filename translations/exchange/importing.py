"""Import a translator's file into one language of the pages' latest drafts, all or nothing.

Everything is checked first (unknown pages and units, German changed since the export, broken
markup, the language, the user's right to edit each page); only a file without errors is
written, every page in one transaction, as a new draft revision by the importing user (so the
translation counts as reviewed by that person). Nothing is published.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.i18n import localized_field
from portal.translation_status import content_fields, target_languages

from ..text_kinds import HTML, STREAM, field_kind
from . import formats, markup
from .units import IncompleteField, text_digest, translated_value, units_of


@dataclass
class Problem:
    page: str
    unit: str
    message: str


@dataclass
class Written:
    page: object
    fields: list


@dataclass
class ImportReport:
    language: str
    force: bool = False
    errors: list = field(default_factory=list)
    changed: list = field(default_factory=list)  # German changed since the export
    skipped: list = field(default_factory=list)  # no translation, or a field left incomplete
    written: list = field(default_factory=list)

    @property
    def refused(self):
        return bool(self.errors) or (bool(self.changed) and not self.force)

    @property
    def imported(self):
        return bool(self.written)


@dataclass
class _PagePlan:
    draft: object
    title: str
    values: dict = field(default_factory=dict)


def import_file(content, name, user, language, force=False):
    """Check and import an exchange file; raises formats.FileError if it cannot be read."""
    parsed = formats.read(content, name)
    report = ImportReport(language=language, force=force)
    if parsed.language != language or language not in target_languages():
        report.errors.append(
            Problem(
                "",
                "",
                _("The file is a translation into “%(found)s”, not into “%(chosen)s”.")
                % {"found": parsed.language or "?", "chosen": language},
            )
        )
        return report
    by_page = defaultdict(list)
    for unit in parsed.units:
        by_page[unit.page_id].append(unit)
    plans = [
        plan for page_id, units in by_page.items() if (plan := _plan(page_id, units, user, language, report))
    ]
    if report.refused or not plans:
        return report
    try:
        with transaction.atomic():
            for plan in plans:
                for name_, value in plan.values.items():
                    setattr(plan.draft, localized_field(name_, language), value)
                plan.draft.save_revision(user=user, log_action=True)
                report.written.append(Written(plan.draft, sorted(plan.values)))
    except Exception as error:  # noqa: BLE001 - any failure: nothing is written, the user is told
        report.written = []
        report.errors.append(Problem("", "", _("The translation could not be saved: %s") % error))
    return report


def _plan(page_id, units, user, language, report):
    page = Page.objects.filter(pk=page_id).first() if page_id is not None else None
    if page is None or not content_fields(page.specific_class):
        for unit in units:
            report.errors.append(Problem(str(page_id or "?"), unit.unit_id, _("Unknown page.")))
        return None
    page = page.specific
    title = str(page.title)
    if not page.permissions_for_user(user).can_edit():
        report.errors.append(Problem(title, "", _("You may not edit this page.")))
        return None
    lock = page.get_lock()
    if lock and lock.for_user(user):
        report.errors.append(Problem(title, "", _("The page is locked.")))
        return None
    draft = page.get_latest_revision_as_object()
    current = {unit.id: unit for unit in units_of(draft)}
    fields = set(content_fields(type(draft)))
    translations = {}
    for unit in units:
        known = current.get(unit.unit_id)
        if unit.error:
            report.errors.append(Problem(title, unit.unit_id, unit.error))
            continue
        if known is None:
            if unit.unit_id.split(".")[0] in fields and "." in unit.unit_id:
                report.changed.append(Problem(title, unit.unit_id, _("The German text is no longer there.")))
            else:
                report.errors.append(Problem(title, unit.unit_id, _("Unknown unit.")))
            continue
        if (unit.digest or text_digest(unit.source)) != known.digest and not _same_text(unit.source, known):
            report.changed.append(
                Problem(title, unit.unit_id, _("The German text changed since the export."))
            )
        if not (unit.target or "").strip():
            report.skipped.append(Problem(title, unit.unit_id, _("No translation.")))
            continue
        if known.kind == HTML:
            try:
                markup.check_translation(known.source, unit.target)
            except markup.MarkupError as error:
                report.errors.append(Problem(title, unit.unit_id, str(error)))
                continue
        translations[unit.unit_id] = unit.target
    plan = _PagePlan(draft, title)
    for name in sorted({current[unit_id].field for unit_id in translations}):
        try:
            value = translated_value(draft, name, language, translations)
        except IncompleteField as incomplete:
            message = _("Not imported: these texts of the field are not translated: %s") % ", ".join(
                incomplete.missing
            )
            report.skipped.append(Problem(title, name, message))
            continue
        invalid = _validate(draft, name, language, value)
        if invalid:
            report.errors.append(Problem(title, name, invalid))
            continue
        plan.values[name] = value
    return plan if plan.values else None


def _same_text(source, known):
    """Whether the exported German (without digest in the file) is the current German."""
    if known.kind != HTML:
        return source == known.source
    try:
        return _normal(source) == _normal(known.source)
    except markup.MarkupError:
        return False


def _normal(html):
    return [(token.kind, token.value, token.attrs) for token in markup.tokens(html)]


def _validate(draft, name, language, value):
    model_field = draft._meta.get_field(localized_field(name, language))
    try:
        if field_kind(type(draft), name) == STREAM:
            block = model_field.stream_block
            block.clean(block.to_python(value))
        else:
            model_field.clean(value, draft)
    except ValidationError as error:
        return " ".join(str(message) for message in error.messages) or _("The translation is not valid.")
    return None
