"""Public event views in the reader's language (included inside i18n_patterns)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from .registration import views as registration_views
from .submissions import views as submission_views

urlpatterns = [
    path(_("submit-event/"), submission_views.submit_event, name="event_submit"),
    path(_("my-submissions/"), submission_views.my_submissions, name="event_submissions"),
    path("registration/confirm/<str:token>/", registration_views.confirm, name="registration_confirm"),
    path("registration/<str:token>/", registration_views.manage, name="registration_manage"),
]
