"""Admin hooks of translations.exchange: its views, a menu item, and "Export for translators" on
every page with translatable content that the user may edit."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from portal.translation_status import content_fields

from .views import ImportView, PageExportView, TownExportView

EXPORT_LABEL = _("Export for translators")


@hooks.register("register_admin_urls")
def exchange_urls():
    return [
        path("translations/exchange/", TownExportView.as_view(), name="translations_exchange_export_town"),
        path(
            "translations/exchange/pages/<int:page_id>/",
            PageExportView.as_view(),
            name="translations_exchange_export_page",
        ),
        path("translations/exchange/import/", ImportView.as_view(), name="translations_exchange_import"),
    ]


@hooks.register("register_admin_menu_item")
def exchange_menu_item():
    return MenuItem(
        _("Exchange with translators"),
        reverse("translations_exchange_export_town"),
        name="translation-exchange",
        icon_name="doc-full",
        order=460,
    )


def _export_buttons(page, user, priority):
    if content_fields(page.specific_class) and page.permissions_for_user(user).can_edit():
        url = reverse("translations_exchange_export_page", args=[page.pk])
        yield Button(EXPORT_LABEL, url=url, icon_name="download", priority=priority)


@hooks.register("register_page_header_buttons")
def exchange_header_buttons(page, user, view_name, next_url=None):
    yield from _export_buttons(page, user, 90)


@hooks.register("register_page_listing_more_buttons")
def exchange_listing_buttons(page, user, next_url=None):
    yield from _export_buttons(page, user, 90)
