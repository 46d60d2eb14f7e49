from django.urls import path

from . import views

urlpatterns = [
    path("feedback/", views.inbox, name="legal_feedback_inbox"),
    path("feedback/<int:pk>/handled/", views.mark_handled, name="legal_feedback_handled"),
    path("personal-data/", views.personal_data_overview, name="legal_personal_data"),
]
