"""Who may do what in the networking module, as small predicates.

- Round tables, their sessions and action items are managed by whoever may edit the round table
  page: its town's editors (the page lives below their town page), county staff, administrators.
- Internal (members-only) minutes are read by those managers and by the users linked to a member
  organisation of the round table (``Organisation.members``, e.g. the MSO members).
- An action item's status is updated by the managers and by the members of its owner organisation.
- Only the coordinator of a twinning round (or an administrator) pairs groups and edits pairs.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def manageable_round_tables(user):
    from networking.models import RoundTablePage

    if not _active(user):
        return RoundTablePage.objects.none()
    if user.is_superuser:
        return RoundTablePage.objects.all()
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return RoundTablePage.objects.filter(pk__in=pages.values("pk"))


def can_manage_round_table(user, page):
    return _active(user) and page.permissions_for_user(user).can_edit()


def is_member(user, page):
    return _active(user) and page.members.filter(organisation__members=user).exists()


def can_read_internal_minutes(user, page):
    return can_manage_round_table(user, page) or is_member(user, page)


def can_update_action(user, action):
    if not _active(user):
        return False
    return (
        action.owner is not None and action.owner.members.filter(pk=user.pk).exists()
    ) or can_manage_round_table(user, action.session.round_table)


def updatable_actions(user):
    from django.db.models import Q

    from networking.models import ActionItem

    if not _active(user):
        return ActionItem.objects.none()
    return ActionItem.objects.filter(
        Q(owner__members=user) | Q(session__round_table__in=manageable_round_tables(user))
    ).distinct()


def is_coordinator(user, round_page):
    return _active(user) and (user.is_superuser or round_page.coordinator_id == user.pk)


def coordinated_rounds(user):
    from networking.models import TwinningRoundPage

    if not _active(user):
        return TwinningRoundPage.objects.none()
    if user.is_superuser:
        return TwinningRoundPage.objects.all()
    return TwinningRoundPage.objects.filter(coordinator=user)
