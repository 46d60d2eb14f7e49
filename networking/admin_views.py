"""Admin views: send a session's invitations, pair groups of a twinning round (coordinator
overview with suggestions), turn a finished pair into a story."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import RoundTableSession, TwinningApplication, TwinningPair, TwinningRoundPage
from .services import access, invitations, twinning


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
