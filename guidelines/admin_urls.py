from django.urls import path

from . import views

urlpatterns = [
    path("check/", views.live_check, name="guidelines_check"),
    path("page/<int:page_id>/", views.page_findings, name="guidelines_page"),
    path("report/", views.county_report, name="guidelines_report"),
]
