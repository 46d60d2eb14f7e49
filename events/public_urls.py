"""Public event views in the reader's language (included inside i18n_patterns)."""

from django.urls import path

from . import registration_views

urlpatterns = [
    path("registration/confirm/<str:token>/", registration_views.confirm, name="registration_confirm"),
    path("registration/<str:token>/", registration_views.manage, name="registration_manage"),
]
