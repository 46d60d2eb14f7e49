"""Public networking views in the reader's language (included inside i18n_patterns)."""

from django.urls import path

from . import accounts, views

urlpatterns = [
    path("runde-tische/aufgaben/<int:pk>/status/", views.action_status, name="networking_action_status"),
    path("anmelden/", accounts.MemberLoginView.as_view(), name="member_login"),
    path("abmelden/", accounts.MemberLogoutView.as_view(), name="member_logout"),
]
