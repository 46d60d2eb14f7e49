"""Public event views in the reader's language (included inside i18n_patterns)."""

from django.urls import path  # noqa: F401

urlpatterns = []
