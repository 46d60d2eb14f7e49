from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation
from .permissions import OrganisationPermissionPolicy

POLICY = OrganisationPermissionPolicy(Organisation)
register_permission_policy(Organisation, POLICY)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "town", "live"]
    list_filter = ["kind", "town", "live"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_permission_for(request.user, "view")


register_snippet(OrganisationViewSet)


def _require(action):
    def check(request, instance):
        if isinstance(instance, Organisation) and not POLICY.user_has_permission_for_instance(
            request.user, action, instance
        ):
            raise PermissionDenied

    return check


hooks.register("before_edit_snippet", _require("change"))
hooks.register("before_delete_snippet", _require("delete"))
