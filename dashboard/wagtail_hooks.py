"""Admin: the dashboard menu item (county staff and town editors) and its URLs."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .scope import scope_for


@hooks.register("register_admin_urls")
def dashboard_urls():
    return [path("dashboard/", include(admin_urls))]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return scope_for(request.user) is not None


@hooks.register("register_admin_menu_item")
def dashboard_menu_item():
    return DashboardMenuItem(_("County dashboard"), reverse("dashboard"), icon_name="table", order=150)


@hooks.register("construct_homepage_panels")
def role_panels(request, panels):
    """Each role's next steps on the admin home (MSO members, town editors, moderators,
    coordinators): see dashboard.next_steps."""
    from .next_steps.panels import panels_for

    panels.extend(panels_for(request.user))
