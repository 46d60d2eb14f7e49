"""The guideline findings in Wagtail's side panel: a panel of its own beside the "Checks" panel.

Wagtail 8 builds the page editor's side panels in ``EditView.get_side_panels`` and
``CreateView.get_side_panels`` (no hook adds one): :func:`install` appends this panel there for
every checked page type, right after Wagtail's checks (or preview) panel. Its toggle in the
header carries the number of findings; the form itself never moves when findings appear.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel

from .services import registry


class GuidelinesSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Toggle guideline findings")
        icon_name = "warning"
        counter_classname = "w-bg-surface-button-default"

    name = "guidelines"
    title = _("Guidelines")
    template_name = "guidelines/side_panel.html"
    order = 360

    class Media:
        js = ["guidelines/js/live-check.js"]
        css = {"all": ["guidelines/css/live-check.css"]}

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        if self.object.pk:
            target = ("guidelines_page", self.object.pk)
        else:
            target = ("guidelines_model", self.model._meta.label_lower)
        context.update(endpoint=reverse("guidelines_check"), target_name=target[0], target_value=target[1])
        return context


def with_guidelines(panels, view):
    """The view's side panels with the guidelines panel after Wagtail's checks or preview panel."""
    page = view.page
    if (
        getattr(view, "expects_json_response", False)
        or getattr(view, "hydrate_create_view", False)  # the panels are re-rendered then: keep ours
        or not registry.is_checked(type(page))
    ):
        return panels
    names = [panel.name for panel in panels]
    after = next((names.index(name) for name in ("checks", "preview", "status") if name in names), -1)
    panels.insert(after + 1, GuidelinesSidePanel(page, view.request))
    return panels


def page_views():
    from wagtail.admin.views.pages.create import CreateView
    from wagtail.admin.views.pages.edit import EditView

    return (EditView, CreateView)


def is_installed(view_class):
    return getattr(getattr(view_class, "get_side_panels", None), "adds_guidelines", False)


def install():
    """Add the panel to Wagtail's page edit and create views; a view an upgrade changed is left
    alone (the system check kreisnetz.W003 says so) rather than breaking the admin."""
    for view_class in page_views():
        original = getattr(view_class, "get_side_panels", None)
        if original is None or is_installed(view_class):
            continue

        def get_side_panels(self, _original=original):
            return with_guidelines(_original(self), self)

        get_side_panels.adds_guidelines = True  # type: ignore[attr-defined]
        view_class.get_side_panels = get_side_panels
