"""The organisations app's next steps on the admin home (see dashboard.next_steps.registry):
who is an MSO member, the state of their organisation profiles, and the profiles waiting for
moderation."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from dashboard.next_steps import registry
from portal.rules import in_group

from .models import Organisation

LIMIT = 5


def _edit_url(organisation_id):
    return reverse("wagtailsnippets_organisations_organisation:edit", args=[organisation_id])


def is_member(user):
    """In the MSO members' group, or a member of an organisation (both see the member panels)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return in_group(user, "mso_members") or Organisation.objects.filter(members=user).exists()


def _workflow_states(organisation_ids, statuses):
    content_type = ContentType.objects.get_for_model(Organisation)
    return WorkflowState.objects.filter(
        base_content_type=content_type,
        object_id__in=[str(pk) for pk in organisation_ids],
        status__in=statuses,
    )


def profile_state(organisation, workflow):
    """(status sentence, needs the member's action) of one profile and its active workflow state."""
    if workflow is not None and workflow["status"] == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("the moderation asks for changes"), True
    if workflow is not None:
        return _("changes waiting for moderation"), False
    if not organisation.live:
        return _("not published: submit the profile for moderation"), True
    if organisation.has_unpublished_changes:
        return _("published; your changes are not submitted for moderation yet"), True
    return _("published"), False


def member_organisations(user):
    """The user's own organisations with the state of their profile's moderation (two queries)."""
    organisations = list(Organisation.objects.filter(members=user).order_by("name"))
    states = {
        int(row["object_id"]): row
        for row in _workflow_states(
            [o.pk for o in organisations],
            [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).values("object_id", "status", "current_task_state__started_at")
    }
    items = []
    for rank, organisation in enumerate(organisations):
        workflow = states.get(organisation.pk)
        status, urgent = profile_state(organisation, workflow)
        items.append(
            registry.Item(
                title=organisation.name,
                url=_edit_url(organisation.pk),
                detail=organisation.get_kind_display(),
                status=status,
                when=workflow["current_task_state__started_at"] if workflow else None,
                urgent=urgent,
                sort_key=rank,
            )
        )
    waiting = sum(1 for row in states.values() if row["status"] == WorkflowState.STATUS_IN_PROGRESS)
    counts = [registry.Count(_("waiting for moderation"), waiting)] if organisations else []
    return registry.Section(items=items, total=len(items), counts=counts)


def waiting_profiles(user):
    """Organisation profiles in moderation, the oldest submission first (three queries)."""
    waiting = _workflow_states_all().select_related("current_task_state")
    total = waiting.count()
    rows = list(waiting.order_by("current_task_state__started_at", "pk")[:LIMIT])
    names = Organisation.objects.in_bulk([int(row.object_id) for row in rows]) if rows else {}
    items = []
    for row in rows:
        organisation = names.get(int(row.object_id))
        if organisation is None:
            continue
        since = row.current_task_state.started_at if row.current_task_state else row.created_at
        items.append(
            registry.Item(
                title=organisation.name,
                url=_edit_url(organisation.pk),
                kind=_("Organisation profile"),
                detail=organisation.get_kind_display(),
                status=_("waiting for moderation"),
                when=since,
                sort_key=since,
            )
        )
    return registry.Section(
        items=items, total=total, counts=[registry.Count(_("organisation profiles"), total)]
    )


def _workflow_states_all():
    content_type = ContentType.objects.get_for_model(Organisation)
    return WorkflowState.objects.filter(
        base_content_type=content_type, status=WorkflowState.STATUS_IN_PROGRESS
    )


registry.register_role("mso_member", is_member)
registry.register_source("member_organisation", "profiles", member_organisations)
registry.register_source("moderation", "organisation-profiles", waiting_profiles)
