"""Admin hooks of translations.report: the county translation report and "mark reviewed"."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.rules import is_county_staff
from portal.tenancy import is_town_editor

from . import admin_urls


@hooks.register("register_admin_urls")
def report_urls():
    return [path("translations/report/", include(admin_urls))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return is_county_staff(request.user) or is_town_editor(request.user)


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return ReportMenuItem(
        _("Translation status"), reverse("translations_report"), icon_name="globe", order=700
    )
