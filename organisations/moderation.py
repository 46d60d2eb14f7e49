"""Who looks after organisation profiles once the county is set up: moderators approve and edit,
members of migrant organisations edit, and every profile change goes through an approval workflow
of the moderators and the county editors."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from portal.tenancy import county_set_up

from .models import Organisation


def _permissions(*actions):
    return list(
        Permission.objects.filter(
            content_type__app_label="organisations",
            codename__in=[f"{action}_organisation" for action in actions],
        )
    )


@receiver(county_set_up)
def grant_profile_moderation(sender, county, groups, **kwargs):
    groups["moderators"].permissions.add(*_permissions("view", "change", "publish"))
    groups["mso_members"].permissions.add(*_permissions("view", "change"))
    _profile_workflow(groups["moderators"], groups["county_editors"])


def _profile_workflow(*approvers):
    """Changes to organisation profiles are approved by moderators or county editors."""
    content_type = ContentType.objects.get_for_model(Organisation)
    if WorkflowContentType.objects.filter(content_type=content_type).exists():
        return
    workflow = Workflow.objects.create(name=_("Organisation profiles"), active=True)
    task = GroupApprovalTask.objects.create(name=_("Approve organisation profile"))
    task.groups.set(approvers)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
