"""The "translation review" workflow task: a person of the language's reviewer group checks the
translation of one language (e.g. a volunteer translator for Arabic) before the page goes on.

It follows Wagtail's GroupApprovalTask (same access, lock and actions for the chosen groups);
approving marks the machine-translated fields of the language in the revision under review as
reviewed by the approver (``portal.translation_status.mark_reviewed``). Rejecting ("request
changes") returns the page to its editors with the reviewer's comment, as any group task does.
A page without any text in the task's language skips the task: there is nothing to review.
"""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from portal import translation_status


def review_language_choices():
    """Every target language (Leichte Sprache too: it needs a human check); not German."""
    from django.conf import settings

    return [(code, name) for code, name in settings.LANGUAGES if code != translation_status.SOURCE_LANGUAGE]


class TranslationReviewTask(AbstractGroupApprovalTask):
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=review_language_choices,
        help_text=_("The members of the chosen groups check and may edit only this language's fields."),
    )

    admin_form_fields = [*AbstractGroupApprovalTask.admin_form_fields, "language"]
    admin_form_readonly_on_edit_fields = [
        *AbstractGroupApprovalTask.admin_form_readonly_on_edit_fields,
        "language",
    ]

    class Meta:
        app_label = "translations"
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        from .services import has_translation

        if not has_translation(task_state.revision, self.language):
            # Wagtail's WorkflowState.update moves on when a task does not stay in progress.
            task_state.status = TaskState.STATUS_SKIPPED
            task_state.finished_at = timezone.now()
            task_state.save(update_fields=["status", "finished_at"])
        return task_state

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            from .services import mark_revision_reviewed

            mark_revision_reviewed(task_state.revision, self.language, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups check the translation into one language and may edit only it")
