"""Who may do what with organisation profiles.

County editors and moderators: everything their model permissions allow. MSO members (and
other members with an account): view and change their own organisations only; publishing is
the moderators' (the change goes through the profile workflow). Choosing an organisation (e.g.
as the provider of an offer) is open to every admin user for published organisations; an
unpublished one only to whoever may see it.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import ModelPermissionPolicy

from portal.rules import in_group, is_county_staff

MEMBER_ACTIONS = {"view", "change", "lock", "unlock"}
SEE = ["view", "change", "delete", "publish", "lock", "unlock"]


class OrganisationPermissionPolicy(ModelPermissionPolicy):
    def _all(self, user):
        return is_county_staff(user) or in_group(user, "moderators")

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not user.is_active or not self.user_has_any_permission(user, actions):
            return False
        if self._all(user):
            return True
        return bool(set(actions) & MEMBER_ACTIONS) and instance.members.filter(pk=user.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if "choose" in actions:
            return self._choosable(user)
        queryset = self.model.objects.all()
        if not user.is_active or not self.user_has_any_permission(user, actions):
            return queryset.none()
        if self._all(user):
            return queryset
        if not set(actions) & MEMBER_ACTIONS:
            return queryset.none()
        return queryset.filter(members=user)

    def users_with_any_permission_for_instance(self, actions, instance):
        return get_user_model().objects.filter(is_active=True, organisations=instance)

    def _choosable(self, user):
        visible = self.instances_user_has_any_permission_for(user, SEE)
        return self.model.objects.filter(Q(live=True) | Q(pk__in=visible.values("pk")))
