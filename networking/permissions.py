"""Permission policies of the admin listings, following services/access.py."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from .services import access


class _Policy(BasePermissionPolicy):
    def scope(self, user):
        raise NotImplementedError

    def allowed(self, user, instance):
        raise NotImplementedError

    def user_has_permission(self, user, action):
        return self.user_has_any_permission(user, [action])

    def user_has_any_permission(self, user, actions):
        return user.is_active and self.scope(user).exists()

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def user_has_permission_for_instance(self, user, action, instance):
        return user.is_active and self.allowed(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission_for_instance(user, None, instance)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions)


class SessionPolicy(_Policy):
    def scope(self, user):
        return access.manageable_round_tables(user)

    def allowed(self, user, instance):
        return access.manageable_round_tables(user).filter(pk=instance.round_table_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model.objects.filter(round_table__in=self.scope(user))


class ActionPolicy(_Policy):
    def scope(self, user):
        return access.manageable_round_tables(user)

    def allowed(self, user, instance):
        return access.manageable_round_tables(user).filter(pk=instance.session.round_table_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model.objects.filter(session__round_table__in=self.scope(user))


class PairPolicy(_Policy):
    """Only the coordinator of the pair's round (or an administrator); pairs are created by pairing."""

    def scope(self, user):
        return access.coordinated_rounds(user)

    def user_has_any_permission(self, user, actions):
        if set(actions) <= {"add"}:
            return False
        return super().user_has_any_permission(user, actions)

    def allowed(self, user, instance):
        return access.is_coordinator(user, instance.round)

    def user_has_permission_for_instance(self, user, action, instance):
        return action != "add" and super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model.objects.filter(round__in=self.scope(user))


class ApplicationPolicy(_Policy):
    """The coordinator of the application's round (or an administrator) reads it; nobody changes
    it in the admin (groups apply through the public form, pairing happens on the pairing view)."""

    READ = {"view"}

    def scope(self, user):
        return access.coordinated_rounds(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.READ & set(actions)) and super().user_has_any_permission(user, actions)

    def allowed(self, user, instance):
        return access.is_coordinator(user, instance.round)

    def user_has_permission_for_instance(self, user, action, instance):
        return action in self.READ and super().user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return bool(self.READ & set(actions)) and super().user_has_permission_for_instance(
            user, "view", instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return self.model.objects.filter(round__in=self.scope(user))
