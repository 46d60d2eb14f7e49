"""The admin in the editor's language, where Wagtail or wagtail-modeltranslation fall short.

- Yes/no fields in listings: a column of a boolean model field shows Wagtail's tick/cross icons
  (with "Yes"/"No" for screen readers), not the raw "True"/"False"; an active yes/no filter reads
  "Published: Yes", not "Published: True".
- Messages of the packages that their German (or any) catalogue lacks are translated in ours
  (locale/, first in LOCALE_PATHS); ``THIRD_PARTY_MESSAGES`` keeps them in our catalogues when
  they are extracted again.

Installed once from ``portal.wagtail_hooks`` (Wagtail imports the hooks at start-up).
"""

import django_filters
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic.models import IndexView

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


def install():
    register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)
    IndexView._get_custom_column = _custom_column
