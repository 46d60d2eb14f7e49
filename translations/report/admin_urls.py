from django.urls import path

from . import views

urlpatterns = [
    path("", views.report, name="translations_report"),
    path("pages/<int:page_id>/reviewed/", views.mark_reviewed, name="translations_mark_reviewed"),
]
