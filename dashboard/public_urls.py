"""The public statistics page in the reader's language (included inside i18n_patterns)."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("statistics/"), views.statistics, name="statistics"),
    path(format_lazy("{}<slug:key>.csv", _("statistics/")), views.statistics_csv, name="statistics_csv"),
]
