from django.urls import path  # noqa: F401

# Public URLs in the reader's language (included inside i18n_patterns).
urlpatterns = []
