"""Admin of the networking module: sessions (with invitations), action items (filterable),
twinning pairs (coordinators), the pairing view of a round.

Which rows a user sees and changes is the registered policy of each model (``permissions.py``);
``ScopedViewSetMixin`` applies it to every view the viewsets generate."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from portal import local_dates
from portal.permissions import ScopedViewSetMixin

from . import admin_views
from .forms import ActionAdminForm, PairAdminForm, SessionAdminForm
from .models import ActionItem, RoundTableSession, TwinningPair, TwinningRoundPage
from .permissions import ActionPolicy, PairPolicy, SessionPolicy
from .services import access

register_permission_policy(RoundTableSession, SessionPolicy(RoundTableSession))
register_permission_policy(ActionItem, ActionPolicy(ActionItem))
register_permission_policy(TwinningPair, PairPolicy(TwinningPair))


@hooks.register("register_admin_urls")
def networking_admin_urls():
    return [
        path(
            "networking/sessions/<int:pk>/invite/", admin_views.InviteView.as_view(), name="networking_invite"
        ),
        path(
            "networking/rounds/<int:pk>/pairing/",
            admin_views.PairingView.as_view(),
            name="networking_pairing",
        ),
        path("networking/pairs/<int:pk>/story/", admin_views.make_story, name="networking_make_story"),
    ]


def _invite_button(session):
    return Button(
        _("Send invitations"),
        url=reverse("networking_invite", args=[session.pk]),
        icon_name="mail",
        priority=15,
    )


class SessionEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        return [*super().header_more_buttons, _invite_button(self.object)]


class SessionIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        return [*super().get_list_more_buttons(instance), _invite_button(instance)]


class SessionViewSet(ScopedViewSetMixin, ModelViewSet):
    model = RoundTableSession
    edit_handler = ObjectList(RoundTableSession.panels, base_form_class=SessionAdminForm)
    name = "networking_sessions"
    icon = "calendar-alt"
    menu_label = _("Sessions")
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        Column("round_table", label=_("Round table"), accessor="round_table"),
        Column("event", label=_("Event"), accessor="event"),
        "minutes_visibility",
        DateColumn("invitations_sent_at", label=_("Invitations sent")),
    ]


class ActionFilterSet(WagtailFilterSet):
    overdue = django_filters.BooleanFilter(label=_("overdue"), method="filter_overdue")
    round_table = django_filters.NumberFilter(field_name="session__round_table", label=_("Round table (ID)"))

    class Meta:
        model = ActionItem
        fields = ["status", "owner"]

    def filter_overdue(self, queryset, name, value):
        if value:
            return queryset.overdue()
        if value is False:
            return queryset.exclude(pk__in=queryset.overdue().values("pk"))
        return queryset


class OverdueColumn(Column):
    def get_value(self, instance):
        if instance.is_overdue:
            return _("⚠ overdue since %(date)s") % {
                "date": local_dates.format_date(instance.due_date, "short")
            }
        return local_dates.format_date(instance.due_date, "short")


class ActionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("owner", "session__round_table", "session__event")


class ActionViewSet(ScopedViewSetMixin, ModelViewSet):
    model = ActionItem
    edit_handler = ObjectList(ActionItem.panels, base_form_class=ActionAdminForm)
    name = "networking_actions"
    icon = "tasks"
    menu_label = _("Action items")
    filterset_class = ActionFilterSet
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        "what",
        Column("owner", label=_("Responsible"), accessor="owner"),
        OverdueColumn("due_date", label=_("Due")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("session", label=_("Session"), accessor="session"),
    ]
    index_view_class = ActionIndexView


class PairEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Pairing and progress"),
                url=reverse("networking_pairing", args=[self.object.round_id]),
                icon_name="group",
                priority=15,
            )
        )
        return buttons


class PairViewSet(ScopedViewSetMixin, ModelViewSet):
    model = TwinningPair
    edit_handler = ObjectList(TwinningPair.panels, base_form_class=PairAdminForm)
    name = "networking_pairs"
    icon = "group"
    menu_label = _("Twinning pairs")
    edit_view_class = PairEditView
    add_view_enabled = False
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = ["__str__", Column("round", label=_("Round"), accessor="round"), "kickoff_date"]


class NetworkingGroup(ViewSetGroup):
    menu_label = _("Round tables and twinning")
    menu_icon = "group"
    menu_order = 178
    items = (SessionViewSet, ActionViewSet, PairViewSet)


@hooks.register("register_admin_viewset")
def register_networking():
    return NetworkingGroup()


def _pairing_buttons(page, user, priority):
    if page.specific_class is TwinningRoundPage and access.is_coordinator(user, page):
        url = reverse("networking_pairing", args=[page.pk])
        yield Button(_("Pairing and progress"), url=url, icon_name="group", priority=priority)


@hooks.register("register_page_header_buttons")
def pairing_header_buttons(page, user, view_name, next_url=None):
    yield from _pairing_buttons(page, user, 80)


@hooks.register("register_page_listing_more_buttons")
def pairing_listing_buttons(page, user, next_url=None):
    yield from _pairing_buttons(page, user, 80)
