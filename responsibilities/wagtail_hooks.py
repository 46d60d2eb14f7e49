"""Admin: the directory is a snippet the county maintains (town editors have no permission on it)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Responsibility


class ResponsibilityViewSet(SnippetViewSet):
    model = Responsibility
    icon = "group"
    menu_label = _("Who does what?")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["topic", "level", "contact_point", "town"]
    list_filter = ["topic", "level", "town"]


register_snippet(ResponsibilityViewSet)
