"""Subscriber addresses are personal data: only county staff may see the list, nobody edits it."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import ModelPermissionPolicy

from portal.rules import is_county_staff

READ_ONLY = {"view"}


class SubscriptionPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action in READ_ONLY and is_county_staff(user)

    def user_has_any_permission(self, user, actions):
        return bool(set(actions) & READ_ONLY) and is_county_staff(user)

    def users_with_any_permission(self, actions, **kwargs):
        if not set(actions) & READ_ONLY:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions, **kwargs)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.all()
        return self.model.objects.none()
