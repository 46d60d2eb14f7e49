"""Admin hooks of translations.machine: the fill view, its button in the page header and the
glossary snippet."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.translation_status import content_fields

from . import config, views
from .models import GlossaryTerm


@hooks.register("register_admin_urls")
def register_machine_urls():
    return [path("translations/machine/<int:page_id>/", views.fill_view, name="translations_machine_fill")]


@hooks.register("register_page_header_buttons")
def machine_translation_button(page, user, view_name, next_url=None):
    if view_name != "edit" or not config.is_enabled() or not content_fields(type(page.specific_deferred)):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Fill from German by machine translation"),
        reverse("translations_machine_fill", args=[page.pk]),
        icon_name="globe",
        priority=40,
        attrs={"data-machine-translation": "fill"},
    )


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "globe"
    menu_label = _("Glossary (machine translation)")
    list_display = ["term", "keep", "translation_en", "translation_ar"]
    search_fields = ["term"]


register_snippet(GlossaryTermViewSet)
