"""Admin hooks of the events app: registrations of an event, importing calendars (.ics file or URL)
and calendar subscriptions synchronised hourly."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from portal.permissions import ScopedViewSetMixin

from .calendar_io.admin_views import ImportCalendarView, SyncSubscriptionView
from .calendar_io.forms import SubscriptionForm
from .calendar_io.ics_import import calendars_for
from .calendar_io.permissions import SubscriptionPermissionPolicy
from .models import CalendarSubscription, EventIndexPage
from .registration import admin as registration_admin
from .submissions.moderation import SubmissionLanguagesView

register_permission_policy(CalendarSubscription, SubscriptionPermissionPolicy(CalendarSubscription))

IMPORT_LABEL = _("Import calendar")
SYNC_LABEL = _("Synchronise now")


def _import_url(calendar=None):
    url = reverse("events_import")
    return f"{url}?calendar={calendar.pk}" if calendar else url


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("events/import/", ImportCalendarView.as_view(), name="events_import"),
        path(
            "events/subscriptions/<int:pk>/sync/",
            SyncSubscriptionView.as_view(),
            name="calendar_subscription_sync",
        ),
        path(
            "events/submissions/<int:pk>/languages/",
            SubmissionLanguagesView.as_view(),
            name="event_submission_languages",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return calendars_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        IMPORT_LABEL, reverse("events_import"), name="import-calendar", icon_name="download", order=175
    )


def _calendar_buttons(page, user, priority):
    if page.specific_class is EventIndexPage and page.permissions_for_user(user).can_add_subpage():
        yield Button(IMPORT_LABEL, url=_import_url(page), icon_name="download", priority=priority)


@hooks.register("register_page_header_buttons")
def calendar_header_buttons(page, user, view_name, next_url=None):
    yield from _calendar_buttons(page, user, 80)


@hooks.register("register_page_listing_more_buttons")
def calendar_listing_buttons(page, user, next_url=None):
    yield from _calendar_buttons(page, user, 80)


def _sync_button(subscription):
    url = reverse("calendar_subscription_sync", args=[subscription.pk])
    return Button(SYNC_LABEL, url=url, icon_name="resubmit", priority=15)


class SubscriptionIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        return [*super().get_list_more_buttons(instance), _sync_button(instance)]


class SubscriptionEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        return [*super().header_more_buttons, _sync_button(self.object)]


class CalendarSubscriptionViewSet(ScopedViewSetMixin, ModelViewSet):
    """Every generated view (list, edit, delete, history, usage) shows a user only the
    subscriptions of calendars they may add events to (``SubscriptionPermissionPolicy``)."""

    model = CalendarSubscription
    name = "calendar_subscriptions"
    icon = "calendar"
    menu_label = _("Calendar subscriptions")
    menu_order = 176
    add_to_admin_menu = True
    index_view_class = SubscriptionIndexView
    edit_view_class = SubscriptionEditView
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "url",
        Column("calendar", label=_("Calendar"), accessor="calendar"),
        "active",
        DateColumn("last_synced_at", label=_("Last synchronised")),
        "last_result",
        "last_error",
    ]

    def get_form_class(self, for_update=False):
        return SubscriptionForm


@hooks.register("register_admin_viewset")
def register_subscriptions():
    return CalendarSubscriptionViewSet()


@hooks.register("register_admin_urls")
def registration_urls():
    return [path("", include(registration_admin.urlpatterns))]


@hooks.register("register_page_header_buttons")
def registration_header_button(page, user, view_name, next_url=None):
    yield registration_admin.RegistrationsButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def registration_listing_button(page, user, next_url=None):
    yield registration_admin.RegistrationsButton(page=page)


SUBMISSION_LANGUAGES_LABEL = _("Languages of the submission")


@hooks.register("register_page_header_buttons")
def submission_languages_button(page, user, view_name, next_url=None):
    """A submitted event waiting for moderation: its languages screen, where it is approved."""
    from .models import EventSubmission, SubmissionStatus

    record = EventSubmission.objects.filter(event_id=page.pk, status=SubmissionStatus.PENDING).first()
    if record is not None:
        url = reverse("event_submission_languages", args=[record.pk])
        yield Button(SUBMISSION_LANGUAGES_LABEL, url=url, icon_name="globe", priority=10)
