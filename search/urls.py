"""Search in the reader's language (included inside i18n_patterns): /suche/, /en/suche/, ..."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(_("search/suggestions.json"), views.autocomplete, name="search_autocomplete"),
]
