from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.permissions import ScopedViewSetMixin

from .models import Organisation
from .permissions import OrganisationPermissionPolicy

register_permission_policy(Organisation, OrganisationPermissionPolicy(Organisation))


class OrganisationViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Every view of the organisations (list, export, history, compare, usage, workflow, chooser)
    shows a member only their own organisations: the rule is ``OrganisationPermissionPolicy``."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "town", "live"]
    list_filter = ["kind", "town", "live"]
    search_fields = ["name"]


register_snippet(OrganisationViewSet)
