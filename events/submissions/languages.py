"""The languages of a submitted event: the submitter writes in their own language, German is
the source language the moderators must give before approving, and the other languages can be
filled in the moderation screen (by hand, or by machine translation when configured).

Only the fields a submission fills are handled here (``FIELDS``: the title and the
introduction, the form's "description"); the page editor has all the others.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from portal.i18n import local_name, localized_field, translated

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
FIELDS = ("title", "intro")


class ApprovalRefused(Exception):
    """The submission cannot be approved yet, with the reason for the moderator."""


@dataclass
class LanguageFields:
    """One language of a submission: which of its fields have text."""

    code: str
    name: str
    missing: list
    is_source: bool
    is_submitters: bool

    @property
    def complete(self):
        return not self.missing


def languages():
    return [code for code, _name in settings.LANGUAGES]


def draft_of(event):
    """The text being moderated: the latest revision of the event page."""
    return event.get_latest_revision_as_object() if event.get_latest_revision() else event


def _text(page, name, code):
    return (getattr(page, localized_field(name, code), None) or "").strip()


def language_fields(page, submission_language=""):
    """Every portal language with the submission fields it still lacks (German first)."""
    return [
        LanguageFields(
            code=code,
            name=local_name(code),
            missing=[name for name in FIELDS if not _text(page, name, code)],
            is_source=code == SOURCE_LANGUAGE,
            is_submitters=code == submission_language,
        )
        for code in languages()
    ]


def missing_languages(page):
    """The codes of the languages in which a submission field is still empty."""
    return [item.code for item in language_fields(page) if item.missing]


def german_missing(page):
    """The German fields (the source language) a moderator must still give."""
    return [name for name in FIELDS if not _text(page, name, SOURCE_LANGUAGE)]


def approval_blocked(event):
    """Why a submitted event cannot be approved now ("" when it can): German must be there."""
    event = event.specific if hasattr(event, "specific_class") else event
    if not hasattr(event, "submission"):
        return ""
    if german_missing(draft_of(event)):
        return _("German is the source language: give the German title and description before approving.")
    return ""


def submitted_text(event, language):
    """(title, description) of ``event`` in the submitter's ``language`` (as they wrote it)."""
    return _text(event, "title", language), _text(event, "intro", language)


def shown_title(event, language):
    """(title, language tag) of a submitted event for the reader: in the reader's language, in
    German, or else as the submitter wrote it; the tag is "" when it is the reader's language."""
    value = translated(event, "title")
    if value and _text(event, "title", value.language):  # not the untranslated column's value
        return str(value), SOURCE_LANGUAGE if value.is_fallback else ""
    return _text(event, "title", language) or event.draft_title, language


def stored_fields(language, title, description):
    """The page fields a submission in ``language`` is stored in: the submitter's language only."""
    return {localized_field("title", language): title, localized_field("intro", language): description}


def clean_language(page, fallback):
    """The language in which a page without German text validates (Wagtail needs a title)."""
    return SOURCE_LANGUAGE if not german_missing(page) or not fallback else fallback


@transaction.atomic
def save_languages(event, values, user, submission_language):
    """Store ``values`` ({field_language: text}, e.g. {"title_ar": ...}) in a new draft revision
    of the submitted event; returns the draft. Empty values leave a field empty."""
    page = draft_of(event)
    for key, value in values.items():
        setattr(page, key, (value or "").strip())
    with translation.override(clean_language(page, submission_language)):
        # German is required by Wagtail's validation: without it the draft is saved unvalidated
        # (the moderation form checked the text) and approving stays refused.
        page.save_revision(user=user, clean=not german_missing(page))
    return page


@transaction.atomic
def approve(event, user, comment=""):
    """Approve the submitted event in its moderation workflow (publishes the latest draft)."""
    reason = approval_blocked(event)
    if reason:
        raise ApprovalRefused(reason)
    task_state = event.current_workflow_task_state
    if task_state is None:
        raise ApprovalRefused(_("This event is not waiting for moderation."))
    task = task_state.task.specific
    if "approve" not in [name for name, _label, _modal in task.get_actions(event, user)]:
        raise ApprovalRefused(_("You cannot approve this event."))
    with translation.override(SOURCE_LANGUAGE):
        task.on_action(task_state, user, "approve", comment=comment)
