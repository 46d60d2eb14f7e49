"""Translation review: who reviews which language, what approving marks, and switching it on.

Reviewer groups need one permission only: ``wagtailadmin.access_admin``. They get no page
permissions: a page becomes editable for them while it waits on their language's review task
(``TranslationReviewTask.user_can_access_editor``), and for them the editor is limited to that
language (``reviewer_languages``, through portal.editor_languages' hook): German is shown but
read-only, every other field they send is ignored. Outside a review they can open nothing.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Workflow, WorkflowTask

from portal import translation_status
from portal.models import Tenancy

from .models import TranslationReviewTask, review_language_choices


class ReviewSetupError(ValueError):
    """The review cannot be switched on as asked; the message is for the user."""


def reviewer_languages(user, page):
    """The languages ``user`` may edit in ``page``: the review task's language when the user
    can edit the page only because it waits on their review task; ``None`` (no limit) otherwise."""
    if not user.is_authenticated or user.is_superuser:
        return None
    task = page.current_workflow_task
    if not isinstance(task, TranslationReviewTask) or not task._user_in_groups(user):
        return None
    permissions = page.permissions_for_user(user)
    if "change" in permissions.permissions or ("add" in permissions.permissions and page.owner_id == user.pk):
        return None  # an editor of the page who also reviews: the whole editor
    return (task.language,)


def has_translation(revision, language):
    """Whether the page of ``revision`` has text in ``language`` in any of its content fields."""
    page = revision.as_object()
    status = next(item for item in translation_status.status_for(page) if item.language == language)
    return status.status != translation_status.MISSING


def mark_revision_reviewed(revision, language, user):
    """The approver checked ``language`` in ``revision``: its machine-translated fields whose
    text is the revision's become reviewed by ``user``. Returns the number of fields marked."""
    page = revision.as_object()
    fields = translation_status.machine_translated_fields(page, language)
    if not fields:
        return 0
    return translation_status.mark_reviewed(page, language, user, fields=fields)


def review_workflows(town_names=()):
    """The towns' approval workflows (all towns, or those whose German title is listed)."""
    records = Tenancy.objects.select_related("review_workflow", "page").exclude(review_workflow=None)
    workflows = []
    wanted = {name.casefold() for name in town_names}
    for record in records:
        if wanted and record.page.title.casefold() not in wanted:
            continue
        workflows.append(record.review_workflow)
    if wanted and len(workflows) < len(wanted):
        raise ReviewSetupError(
            _("No town called “%(names)s” has an approval workflow.") % {"names": ", ".join(town_names)}
        )
    return workflows


@transaction.atomic
def switch_on(language, group_name, workflows):
    """The reviewer group (made with admin access only), the language's review task, and the
    task in each workflow before its approval step. Running it again changes nothing."""
    names = dict(review_language_choices())
    if language not in names:
        raise ReviewSetupError(
            _("“%(code)s” is not a language that can be reviewed (choose one of: %(codes)s).")
            % {"code": language, "codes": ", ".join(names)}
        )
    if not group_name.strip():
        raise ReviewSetupError(_("The reviewer group needs a name."))
    group, _created = Group.objects.get_or_create(name=group_name.strip())
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    task = TranslationReviewTask.objects.filter(language=language, groups=group).first()
    if task is None:
        task = TranslationReviewTask.objects.create(
            name=_("Translation review %(language)s") % {"language": names[language]}, language=language
        )
        task.groups.add(group)
    for workflow in workflows:
        place_before_approval(workflow, task)
    return group, task


def place_before_approval(workflow, task):
    """``task`` among the workflow's review steps, before its other steps (the approval).

    The last step of a workflow publishes the page, as its approver: reviewers, who may not
    publish, review before the county's approval, never last.
    """
    steps = list(workflow.workflow_tasks.select_related("task").order_by("sort_order"))
    if any(step.task_id == task.pk for step in steps):
        return
    reviews = [step for step in steps if step.task.specific_class is TranslationReviewTask]
    others = [step for step in steps if step not in reviews]
    new = WorkflowTask(workflow=workflow, task=task)
    for order, step in enumerate([*reviews, new, *others]):
        step.sort_order = order
        step.save()


def inactive(workflows):
    return [workflow for workflow in workflows if not Workflow.objects.get(pk=workflow.pk).active]
