"""Admin of the networking module: sessions (with invitations, minutes, attendance), action items
(filterable), twinning applications and pairs (coordinators), the pairing view of a round, and
"my action items" of organisation members.

Which rows a user sees and changes is the registered policy of each model (``permissions.py``);
``ScopedViewSetMixin`` applies it to every view the viewsets generate."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem as RowMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from portal import local_dates
from portal.permissions import ScopedViewSetMixin

from . import admin_views
from .forms import ActionAdminForm, AttendanceAdminForm, PairAdminForm, SessionAdminForm
from .models import ActionItem, RoundTableSession, TwinningApplication, TwinningPair, TwinningRoundPage
from .permissions import ActionPolicy, ApplicationPolicy, PairPolicy, SessionPolicy
from .services import access, roundtables

register_permission_policy(RoundTableSession, SessionPolicy(RoundTableSession))
register_permission_policy(ActionItem, ActionPolicy(ActionItem))
register_permission_policy(TwinningPair, PairPolicy(TwinningPair))
register_permission_policy(TwinningApplication, ApplicationPolicy(TwinningApplication))


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
        path("networking/my-actions/", admin_views.MyActionsView.as_view(), name="networking_my_actions"),
    ]


def _invite_button(session, menu=False):
    button_class = RowMenuItem if menu else Button
    return button_class(
        _("Send invitations"),
        url=reverse("networking_invite", args=[session.pk]),
        icon_name="mail",
        priority=15,
    )


def _session_part_buttons(session, menu=False):
    button_class = RowMenuItem if menu else Button
    return [
        button_class(
            _("Minutes"),
            url=reverse("networking_sessions:minutes", args=[session.pk]),
            icon_name="doc-full",
            priority=16,
        ),
        button_class(
            _("Attendance"),
            url=reverse("networking_sessions:attendance", args=[session.pk]),
            icon_name="tick",
            priority=17,
        ),
    ]


class SessionEditView(generic.EditView):
    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            _invite_button(self.object),
            *_session_part_buttons(self.object),
        ]


class SessionIndexView(generic.IndexView):
    """Each row: the session (to its edit view) with the actions "send invitations", "minutes" and
    "attendance" in its menu (the rows are only sessions the user manages: ScopedViewSetMixin)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("round_table", "event")

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            _invite_button(instance, menu=True),
            *_session_part_buttons(instance, menu=True),
        ]


class EventStartColumn(DateColumn):
    def get_value(self, instance):
        return instance.event.start


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
        "__str__",
        Column("round_table", label=_("Round table"), accessor="round_table"),
        EventStartColumn("event__start", label=_("Date"), sort_key="event__start"),
        "minutes_visibility",
        DateColumn("invitations_sent_at", label=_("Invitations sent")),
    ]
    minutes_panel = ObjectList(
        [FieldPanel("minutes"), FieldPanel("decisions"), FieldPanel("minutes_visibility")],
        base_form_class=SessionAdminForm,
    )
    attendance_panel = ObjectList([FieldPanel("attendance")], base_form_class=AttendanceAdminForm)

    def _part_view(self, view_class, panel):
        panel = panel.bind_to_model(self.model)
        return self.construct_view(
            view_class,
            **self.get_edit_view_kwargs(panel=panel, form_class=panel.get_form_class()),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "minutes/<int:pk>/",
                self._part_view(admin_views.SessionMinutesView, self.minutes_panel),
                name="minutes",
            ),
            path(
                "attendance/<int:pk>/",
                self._part_view(admin_views.SessionAttendanceView, self.attendance_panel),
                name="attendance",
            ),
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


class ApplicationViewSet(ScopedViewSetMixin, ModelViewSet):
    """The applications of the rounds the user coordinates, read-only: filters (round, status,
    town, kind of group, name), CSV/XLSX export without contacts, each row to its inspect view."""

    model = TwinningApplication
    name = "networking_applications"
    icon = "form"
    menu_label = _("Twinning applications")
    index_view_class = admin_views.ApplicationIndexView
    inspect_view_class = admin_views.ApplicationInspectView
    filterset_class = admin_views.ApplicationFilterSet
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "group_name",
        "group_kind",
        Column("town", label=_("Town"), accessor="town"),
        "size",
        Column("round", label=_("Twinning round"), accessor="round"),
        Column("partner", label=_("Partner"), accessor="partner"),
        DateColumn("created_at", label=_("Applied on")),
    ]
    inspect_view_fields = [
        "round",
        "group_name",
        "group_kind",
        "town",
        "size",
        "interests",
        "languages",
        "availability",
        "show_name_publicly",
        "contact_name",
        "contact_email",
        "created_at",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Read-only: no add, edit, delete, history or usage views (not even as links).
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]

    def register_admin_url_finder(self):
        pass  # no edit view to find


class NetworkingGroup(ViewSetGroup):
    menu_label = _("Round tables and twinning")
    menu_icon = "group"
    menu_order = 178
    items = (SessionViewSet, ActionViewSet, ApplicationViewSet, PairViewSet)


class MyActionsMenuItem(MenuItem):
    def is_shown(self, request):
        return roundtables.is_organisation_member(request.user)


@hooks.register("register_admin_menu_item")
def my_actions_menu_item():
    return MyActionsMenuItem(
        _("My action items"), reverse("networking_my_actions"), icon_name="tasks", order=177
    )


@hooks.register("register_admin_viewset")
def register_networking():
    return NetworkingGroup()


def _pairing_buttons(page, user, priority):
    if page.specific_class is TwinningRoundPage and access.is_coordinator(user, page):
        url = reverse("networking_pairing", args=[page.pk])
        yield Button(_("Pairing and progress"), url=url, icon_name="group", priority=priority)
        url = reverse("networking_applications:index") + f"?round={page.pk}"
        yield Button(_("Applications"), url=url, icon_name="form", priority=priority + 1)


@hooks.register("register_page_header_buttons")
def pairing_header_buttons(page, user, view_name, next_url=None):
    yield from _pairing_buttons(page, user, 80)


@hooks.register("register_page_listing_more_buttons")
def pairing_listing_buttons(page, user, next_url=None):
    yield from _pairing_buttons(page, user, 80)
