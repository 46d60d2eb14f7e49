from django.urls import path

from . import views

urlpatterns = [
    path("", views.admin_dashboard, name="dashboard"),
    path("<slug:key>.csv", views.admin_csv, name="dashboard_csv"),
]
