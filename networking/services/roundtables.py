"""Round tables: what the public page shows, the filterable action list, status updates."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from networking.models import ActionItem, ActionStatus, RoundTableSession

from . import access


def sessions_of(page):
    return (
        RoundTableSession.objects.filter(round_table=page, event__live=True)
        .select_related("event")
        .prefetch_related("agenda_items", "attendance")
        .order_by("event__start")
    )


def public_context(page, user):
    """Upcoming sessions, past sessions with minutes (text only for members where internal),
    member organisations (names only) and the public open actions."""
    now = timezone.now()
    sessions = list(sessions_of(page))
    members_may_read = access.can_read_internal_minutes(user, page)
    past = [session for session in sessions if session.event.start < now]
    for session in past:
        session.minutes_readable = session.minutes_public or members_may_read
    actions = ActionItem.objects.filter(session__round_table=page).select_related("owner").still_open()
    if not members_may_read:
        actions = actions.filter(public=True)
    return {
        "member_organisations": [
            member.organisation for member in page.members.select_related("organisation")
        ],
        "upcoming_sessions": [session for session in sessions if session.event.start >= now],
        "past_sessions": list(reversed(past)),
        "is_member": members_may_read,
        "open_actions": list(actions),
    }


def filter_actions(queryset, params):
    """The action list of a round table filtered by status, owner and overdue (GET parameters)."""
    status = params.get("status")
    if status in ActionStatus.values:
        queryset = queryset.filter(status=status)
    owner = params.get("owner")
    if owner and owner.isdigit():
        queryset = queryset.filter(owner_id=int(owner))
    if params.get("overdue"):
        queryset = queryset.overdue()
    return queryset


@transaction.atomic
def update_status(user, action, status, notes=None):
    if not access.can_update_action(user, action):
        raise PermissionError
    if status not in ActionStatus.values:
        raise ValidationError(_("Choose a valid status."))
    action.status = status
    if notes is not None:
        action.notes = notes
    action.save(update_fields=["status", "notes", "updated_at"])
    return action


# The statuses a member sets on the "my action items" page; dropping an item is the managers' call.
MEMBER_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE)


def member_actions(user, show_done=False):
    """The action items of the organisations ``user`` belongs to (only those), soonest due first."""
    if not (user.is_authenticated and user.is_active):
        return ActionItem.objects.none()
    actions = (
        ActionItem.objects.filter(owner__members=user)
        .select_related("owner", "session__round_table", "session__event")
        .distinct()
        .order_by("due_date", "pk")
    )
    return actions if show_done else actions.still_open()


def is_organisation_member(user):
    return user.is_authenticated and user.is_active and user.organisations.exists()
