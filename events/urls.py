from django.urls import path

from .calendar_io import views

urlpatterns = [
    path("calendar/event/<uuid:uid>.ics", views.event_ics, name="event_ics"),
    path("calendar/all.ics", views.all_events, name="calendar_all"),
    path("calendar/town/<slug:slug>.ics", views.town_feed, name="calendar_town"),
    path("calendar/kind/<slug:kind>.ics", views.kind_feed, name="calendar_kind"),
    path("calendar/organisation/<slug:slug>.ics", views.organisation_feed, name="calendar_organisation"),
]
