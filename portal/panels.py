"""Admin panels shared by all page types."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TranslationStatusPanel(Panel):
    """Per language, the status of the translation and the fields missing, outdated or machine
    translated, for the text being edited (Wagtail's edit view binds the latest revision);
    a button marks a language's machine-translated fields reviewed."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Translation status"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            from .editor_languages import PARAM
            from .translation_status import MACHINE, MISSING, OUTDATED, status_for

            context = super().get_context_data(parent_context)
            context["language_param"] = PARAM
            statuses = status_for(self.instance) if self.instance and self.instance.pk else []
            context["statuses"] = [
                (status, [(name, _fields_with(status, name)) for name in (MISSING, OUTDATED, MACHINE)])
                for status in statuses
            ]
            context["mark_reviewed_url"] = _mark_reviewed_url(self.instance) if statuses else ""
            return context


def _fields_with(status, name):
    return [item.label for item in status.fields if item.status == name]


def _mark_reviewed_url(page):
    """The "mark reviewed" view (translations.report), where it is installed."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("translations_mark_reviewed", args=[page.pk])
    except NoReverseMatch:
        return ""
