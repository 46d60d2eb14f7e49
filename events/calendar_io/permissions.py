"""Who may manage calendar subscriptions: whoever may add events to the subscription's calendar.

Town editors therefore manage the subscriptions of their own town's calendars, county editors
and administrators all of them; everyone else none.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from .ics_import import calendars_for
from .subscriptions import subscriptions_for


class SubscriptionPermissionPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return user.is_active and calendars_for(user).exists()

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return user.is_active and calendars_for(user).filter(pk=instance.calendar_id).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission_for_instance(user, None, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return subscriptions_for(user)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions)
