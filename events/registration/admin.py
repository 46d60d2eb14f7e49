"""Organisers: the registrations of one event and their CSV export, for editors of that event only."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.menus.pages import PageMenuItem

from ..models import EventPage
from . import services as service

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _event_for(request, page_id):
    """The event, if the user may edit it; otherwise nothing is shown (403)."""
    event = get_object_or_404(EventPage, pk=page_id)
    if not event.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return event


def registrations(request, page_id):
    event = _event_for(request, page_id)
    rows = service.registrations_for(event)
    context = {
        "event": event,
        "registrations": rows,
        "state": service.availability(event),
        "taken": service.places_taken(event),
        "waiting": service.waiting_count(event),
        "header_title": _("Registrations: %(title)s") % {"title": event.title},
    }
    return TemplateResponse(request, "events/admin/registrations.html", context)


def safe_cell(value):
    """A CSV cell that spreadsheet programs do not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export(request, page_id):
    event = _event_for(request, page_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="registrations-{event.pk}-{stamp}.csv"'
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")  # spreadsheet programs detect UTF-8
    writer = csv.writer(response)
    writer.writerow(
        [
            _("name"),
            _("e-mail address"),
            _("people"),
            _("status"),
            _("accessibility needs"),
            _("confirmed at"),
        ]
    )
    for registration in service.registrations_for(event):
        confirmed = (
            timezone.localtime(registration.confirmed_at).strftime("%Y-%m-%d %H:%M")
            if registration.confirmed_at
            else ""
        )
        writer.writerow(
            safe_cell(value)
            for value in (
                registration.name,
                registration.email,
                registration.people,
                registration.get_status_display(),
                registration.accessibility_needs,
                confirmed,
            )
        )
    return response


urlpatterns = [
    path("events/<int:page_id>/registrations/", registrations, name="event_registrations"),
    path("events/<int:page_id>/registrations.csv", export, name="event_registrations_csv"),
]


class RegistrationsButton(PageMenuItem):
    label = gettext_lazy("Registrations")
    icon_name = "group"
    priority = 25

    @property
    def url(self):
        return reverse("event_registrations", args=[self.page.pk])

    def is_shown(self, user):
        specific_class = self.page.specific_class
        return (
            specific_class is not None
            and issubclass(specific_class, EventPage)
            and self.page.permissions_for_user(user).can_edit()
        )
