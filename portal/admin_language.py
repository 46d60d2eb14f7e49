"""The admin in the editor's language, where Wagtail or wagtail-modeltranslation fall short.

- Chooser buttons ("Choose organisation"), snippet breadcrumbs ("Home", "Snippets"), the site
  list's columns and the redirect filter in the language of the request: Wagtail fixes them at
  start-up (in German) or names them by the field.
- Yes/no fields in listings: a column of a boolean model field shows Wagtail's tick/cross icons
  (with "Yes"/"No" for screen readers), not the raw "True"/"False"; an active yes/no filter reads
  "Published: Yes", not "Published: True".
- Messages of the packages that their German (or any) catalogue lacks are translated in ours
  (locale/, first in LOCALE_PATHS); ``THIRD_PARTY_MESSAGES`` keeps them in our catalogues when
  they are extracted again.

Installed once from ``portal.wagtail_hooks`` (Wagtail imports the hooks at start-up).
"""

import django_filters  # type: ignore[import-untyped]
from django.conf import settings
from django.db import models
from django.urls import reverse_lazy
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.widgets.chooser import AdminPageChooser
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

THIRD_PARTY_MESSAGES = (
    # wagtail-modeltranslation: the heading of the language picker in the editors (no catalogue).
    gettext_noop("View / edit fields for"),
    # Wagtail's German keeps "Home" as the first item of every breadcrumb.
    gettext_noop("Home"),
    # Wagtail's German "In %(workflow_name)s einreichen" fails for our workflows' names
    # ("In Profile der Organisationen einreichen"): "Einreichen: Profile der Organisationen".
    gettext_noop("Submit to %(workflow_name)s"),
    gettext_noop("Resubmit to %(task_name)s"),
)


class BooleanFilterAdapter(BaseFilterAdapter):
    """An active yes/no filter as "Yes" / "No" (Wagtail's own words), not "True" / "False"."""

    def get_active_filters(self):
        label = {True: _("Yes"), False: _("No")}.get(self.value, str(self.value))
        yield ActiveFilter(
            self.bound_field.auto_id, self.filter.label, label, self.get_url_without_filter_param(self.name)
        )


_wagtail_custom_column = IndexView._get_custom_column


def _custom_column(self, field_name, column_class=Column, **kwargs):
    """Wagtail's column for ``field_name``, as icons when it is a yes/no field of the model."""
    if column_class is Column and self.model is not None:
        try:
            field = self.model._meta.get_field(field_name)
        except Exception:  # a method, property or relation path: Wagtail's column
            field = None
        if isinstance(field, models.BooleanField):
            column_class = BooleanColumn
    return _wagtail_custom_column(self, field_name, column_class, **kwargs)


def _snippet_breadcrumbs(self):
    """Wagtail's breadcrumbs of a snippet's views, translated when shown: Wagtail translates
    them once at start-up (German for every editor, "Start" in an English admin)."""
    items = [{"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")}]
    if getattr(settings, "WAGTAILSNIPPETS_MENU_SHOW_ALL", False) or not self.get_menu_item_is_registered():
        items.append({"url": reverse_lazy("wagtailsnippets:index"), "label": gettext_lazy("Snippets")})
    return items


def _interpolated(message, **values):
    """``message % values``, translated when shown (Wagtail's choosers interpolate at once)."""
    return lazy(lambda: _(message) % {key: str(value) for key, value in values.items()}, str)()


_wagtail_snippet_chooser_init = AdminSnippetChooser.__init__
_wagtail_page_chooser_init = AdminPageChooser.__init__


def _snippet_chooser_init(self, model=None, **kwargs):
    """The buttons of a snippet chooser ("Choose organisation") in the language of the request:
    Wagtail builds the widget once per form class, in whatever language the first request had."""
    _wagtail_snippet_chooser_init(self, model, **kwargs)
    name = self.model._meta.verbose_name
    texts = {
        "choose_one_text": "Choose %(object)s",
        "choose_another_text": "Choose another %(object)s",
        "link_to_chosen_text": "Edit this %(object)s",
    }
    for attribute, message in texts.items():
        if attribute not in kwargs:
            setattr(self, attribute, _interpolated(message, object=name))


def _page_chooser_init(self, target_models=None, can_choose_root=False, user_perms=None, **kwargs):
    """A page chooser limited to one page type ("Choose a page (Event)") likewise."""
    _wagtail_page_chooser_init(self, target_models, can_choose_root, user_perms, **kwargs)
    if (
        "choose_one_text" not in kwargs
        and len(self.target_models) == 1
        and self.target_models[0]._meta.model_name != "page"
    ):
        model = self.target_models[0]
        self.choose_one_text = lazy(
            lambda: f"{_('Choose a page')} ({capfirst(model._meta.verbose_name)})", str
        )()


def _lazy_label(model, name):
    return lazy(lambda: capfirst(model._meta.get_field(name).verbose_name), str)()


def _translate_wagtail_settings_views():
    """Wagtail's site list names two columns by their field ("Site name", "Root page") in every
    language; its redirect filter is translated once at start-up."""
    from wagtail.contrib.redirects.filters import RedirectsReportFilterSet
    from wagtail.models import Site
    from wagtail.sites.views import IndexView as SiteIndexView

    for column in SiteIndexView.columns:
        if column.name in ("port", "site_name", "root_page"):
            column.label = _lazy_label(Site, column.name)
    kind = RedirectsReportFilterSet.base_filters["is_permanent"]
    kind.label = gettext_lazy("Type")
    kind.extra["choices"] = ((True, gettext_lazy("Permanent")), (False, gettext_lazy("Temporary")))
    kind.extra["empty_label"] = gettext_lazy("All")


def install():
    register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)
    IndexView._get_custom_column = _custom_column
    SnippetViewSet.breadcrumbs_items = property(_snippet_breadcrumbs)
    AdminSnippetChooser.__init__ = _snippet_chooser_init
    AdminPageChooser.__init__ = _page_chooser_init
    _translate_wagtail_settings_views()
