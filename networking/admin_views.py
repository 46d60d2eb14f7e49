"""Admin views: send a session's invitations, record its minutes and attendance, pair groups of a
twinning round (coordinator overview with suggestions), list a round's applications (filters, CSV),
turn a finished pair into a story, and a member's own action items with their status."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button

from home.models import TownPage

from .forms import MemberStatusForm
from .models import GroupKind, RoundTableSession, TwinningApplication, TwinningPair, TwinningRoundPage
from .services import access, applications, invitations, roundtables, twinning


class InviteView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST sends one e-mail per delegate with the .ics attached."""

    template_name = "networking/admin/invite.html"
    page_title = gettext_lazy("Send invitations")
    header_icon = "mail"

    def dispatch(self, request, pk):
        self.session = get_object_or_404(
            RoundTableSession.objects.select_related("round_table", "event"), pk=pk
        )
        if not access.can_manage_round_table(request.user, self.session.round_table):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.session)

    def get_breadcrumbs_items(self):
        """Home › Sessions › the session › Send invitations (not "Home" alone)."""
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("networking_sessions:index"),
                "label": RoundTableSession._meta.verbose_name_plural,
            },
            {"url": reverse("networking_sessions:edit", args=[self.session.pk]), "label": str(self.session)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        recipients = self.session.round_table.members.exclude(delegate_email="").count()
        return {**super().get_context_data(**kwargs), "session": self.session, "recipients": recipients}

    def post(self, request, pk):
        sent, failed = invitations.send_invitations(self.session, request)
        if failed:
            messages.warning(
                request,
                _("%(sent)s invitations sent, %(failed)s could not be sent (see the log).")
                % {"sent": sent, "failed": failed},
            )
        elif sent:
            messages.success(request, _("%(sent)s invitations sent.") % {"sent": sent})
        else:
            messages.warning(request, _("No member has a delegate with an e-mail address."))
        return redirect(reverse("networking_sessions:edit", args=[self.session.pk]))


class PairingView(WagtailAdminTemplateMixin, TemplateView):
    """The coordinator's overview of a round: pairs with stage and warnings, unpaired groups with
    ranked suggestions, and the pairing form (POST first, second)."""

    template_name = "networking/admin/pairing.html"
    page_title = gettext_lazy("Pairing and progress")
    header_icon = "group"

    def dispatch(self, request, pk):
        self.round = get_object_or_404(TwinningRoundPage, pk=pk)
        if not access.is_coordinator(request.user, self.round):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.round.title

    def get_header_more_buttons(self):
        applications_url = reverse("networking_applications:index") + f"?round={self.round.pk}"
        button = Button(_("Applications"), url=applications_url, icon_name="form", priority=10)
        return [*super().get_header_more_buttons(), button]

    def get_breadcrumbs_items(self):
        """Home › the round (its editor) › Pairing and progress (not "Home" alone)."""
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_pages:edit", args=[self.round.pk]), "label": self.round.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        overview = twinning.overview(self.round)
        chosen = self.request.GET.get("group")
        focus = next((a for a in overview["unpaired"] if str(a.pk) == chosen), None)
        focus = focus or (overview["unpaired"][0] if overview["unpaired"] else None)
        context.update(
            {
                "round": self.round,
                "overview": overview,
                "focus": focus,
                "suggestions": twinning.suggestions(focus) if focus else [],
                "error": kwargs.get("error"),
            }
        )
        return context

    def post(self, request, pk):
        applications = TwinningApplication.objects.filter(round=self.round)
        try:
            first = applications.get(pk=request.POST.get("first"))
            second = applications.get(pk=request.POST.get("second"))
        except (TwinningApplication.DoesNotExist, ValueError):
            error = _("Choose two groups that applied to this round.")
            return self.render_to_response(self.get_context_data(error=error), status=400)
        try:
            pair = twinning.create_pair(request.user, self.round, first, second)
        except twinning.TwinningError as exc:
            return self.render_to_response(self.get_context_data(error=str(exc)), status=400)
        messages.success(request, _("Paired: %(pair)s.") % {"pair": pair})
        return redirect(reverse("networking_pairing", args=[self.round.pk]))


def make_story(request, pk):
    if request.method != "POST":
        raise PermissionDenied
    pair = get_object_or_404(TwinningPair.objects.select_related("round", "first", "second"), pk=pk)
    try:
        story = twinning.make_story(request.user, pair)
    except PermissionError as exc:
        raise PermissionDenied from exc
    except twinning.TwinningError as exc:
        messages.error(request, str(exc))
        return redirect(reverse("networking_pairing", args=[pair.round_id]))
    messages.success(request, _("A draft story was created from the pair. Check it and publish it."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[story.pk]))


# --- Sessions: the minutes and the attendance, each a focused edit view of the session viewset ---


class SessionPartView(generic.EditView):
    """Edits one part of a session (``part``: the URL name inside the viewset); saved like the
    full edit view (logged, same permission), then back to the list of sessions."""

    part = ""

    def get_edit_url(self):
        return reverse(self.edit_url_name.replace(":edit", f":{self.part}"), args=[self.object.pk])

    def get_page_title(self):
        return self.page_title

    def get_side_panels(self):
        return MediaContainer()


class SessionMinutesView(SessionPartView):
    part = "minutes"
    page_title = gettext_lazy("Minutes")
    success_message = gettext_lazy("The minutes of '%(object)s' were saved.")


class SessionAttendanceView(SessionPartView):
    part = "attendance"
    page_title = gettext_lazy("Attendance")
    success_message = gettext_lazy("The attendance of '%(object)s' was saved.")


# --- Twinning applications: the coordinator's list per round (filters, CSV), read-only ---------


class ApplicationFilterSet(WagtailFilterSet):
    round = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Twinning round"), queryset=lambda request: access.coordinated_rounds(request.user)
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=applications.STATUS_CHOICES, method="filter_status"
    )
    town = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Town"), queryset=TownPage.objects.order_by("title")
    )
    group_kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind of group"), choices=GroupKind.choices)
    group_name = django_filters.CharFilter(
        label=gettext_lazy("Name of the group contains"), lookup_expr="icontains"
    )

    class Meta:
        model = TwinningApplication
        fields = ["round", "status", "town", "group_kind", "group_name"]

    def filter_status(self, queryset, name, value):
        return applications.filter_status(queryset, value)


def _safe_csv_cell(value):
    from events.registration.admin import safe_cell

    return safe_cell(value)


class ApplicationIndexView(generic.IndexView):
    list_export = [key for key, _label in applications.EXPORT_COLUMNS]
    export_headings = dict(applications.EXPORT_COLUMNS)
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        str: {"csv": _safe_csv_cell, "xlsx": str},
    }

    def get_base_queryset(self):
        return applications.listing(super().get_base_queryset())

    def to_row_dict(self, item):
        return applications.export_row(item)

    @cached_property
    def chosen_round(self):
        pk = self.request.GET.get("round", "")
        return access.coordinated_rounds(self.request.user).filter(pk=pk).first() if pk.isdigit() else None

    def get_filename(self):
        stamp = timezone.localdate().isoformat()
        name = f"bewerbungen-{self.chosen_round.slug}" if self.chosen_round else "bewerbungen"
        return f"{name}-{stamp}"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.chosen_round:
            buttons.append(
                Button(
                    _("Pairing and progress"),
                    url=reverse("networking_pairing", args=[self.chosen_round.pk]),
                    icon_name="group",
                    priority=15,
                )
            )
        return buttons

    def get_page_subtitle(self):
        return self.chosen_round.title if self.chosen_round else None


class ApplicationInspectView(generic.InspectView):
    def get_interests_display_value(self):
        return ", ".join(str(label) for label in self.object.interest_labels()) or "–"

    def get_show_name_publicly_display_value(self):
        return applications.yes_no(self.object.show_name_publicly)

    def get_town_display_value(self):
        return self.object.town.title if self.object.town else "–"

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                _("Pairing and progress"),
                url=reverse("networking_pairing", args=[self.object.round_id]),
                icon_name="group",
                priority=15,
            ),
        ]


# --- "My action items": a member's items of their own organisations, with the status ------------


class MyActionsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "networking/admin/my_actions.html"
    page_title = gettext_lazy("My action items")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not roundtables.is_organisation_member(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        show_done = self.request.GET.get("done") == "1"
        rows = [
            (action, MemberStatusForm(initial={"status": action.status}, auto_id=f"id_%s_{action.pk}"))
            for action in roundtables.member_actions(self.request.user, show_done=show_done)
        ]
        return {**super().get_context_data(**kwargs), "rows": rows, "show_done": show_done}

    def post(self, request):
        pk = request.POST.get("action", "")
        actions = roundtables.member_actions(request.user, show_done=True)
        action = actions.filter(pk=pk).first() if pk.isdigit() else None
        if action is None:
            raise Http404
        form = MemberStatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a valid status."))
        else:
            roundtables.update_status(request.user, action, form.cleaned_data["status"])
            messages.success(
                request,
                _("“%(what)s”: %(status)s.") % {"what": action.what, "status": action.get_status_display()},
            )
        return redirect(request.get_full_path())
