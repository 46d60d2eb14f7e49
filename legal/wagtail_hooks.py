"""Admin: the feedback inbox (county staff only)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.rules import is_county_staff

from . import admin_urls


@hooks.register("register_admin_urls")
def legal_urls():
    return [path("legal/", include(admin_urls))]


class CountyMenuItem(MenuItem):
    def is_shown(self, request):
        return is_county_staff(request.user)


@hooks.register("register_admin_menu_item")
def inbox_menu_item():
    return CountyMenuItem(
        _("Accessibility feedback"), reverse("legal_feedback_inbox"), icon_name="mail", order=340
    )


@hooks.register("register_admin_menu_item")
def personal_data_menu_item():
    return CountyMenuItem(_("Personal data"), reverse("legal_personal_data"), icon_name="lock", order=345)
