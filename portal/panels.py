"""Admin panels shared by all page types."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TranslationStatusPanel(Panel):
    """Read-only table: per language, whether the translation is missing, outdated or up to date."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Translation status"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            from .editor_languages import PARAM
            from .translation_status import status_for

            context = super().get_context_data(parent_context)
            context["language_param"] = PARAM
            context["statuses"] = status_for(self.instance) if self.instance and self.instance.pk else []
            return context
