"""Admin views: import a calendar file or URL once, and synchronise a subscription now."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import ImportCalendarForm
from .ics_import import ICSImportError, calendars_for, import_calendar, max_bytes, problem_summary
from .subscriptions import FetchError, fetch, subscriptions_for, sync


class ImportCalendarView(WagtailAdminTemplateMixin, FormView):
    form_class = ImportCalendarForm
    template_name = "events/admin/import_calendar.html"
    page_title = gettext_lazy("Import calendar")
    header_icon = "calendar-alt"

    def dispatch(self, request, *args, **kwargs):
        if not calendars_for(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self):
        chosen = self.request.GET.get("calendar") or None
        calendar = calendars_for(self.request.user).filter(pk=chosen).first()
        return {"calendar": calendar} if calendar else {}

    def form_valid(self, form):
        calendar = form.cleaned_data["calendar"]
        try:
            if form.cleaned_data["file"]:
                data = form.cleaned_data["file"].read(max_bytes() + 1)
            else:
                data = fetch(form.cleaned_data["url"])
            report = import_calendar(data, calendar, user=self.request.user)
        except FetchError as exc:
            form.add_error("url", str(exc))
            return self.form_invalid(form)
        except ICSImportError as exc:
            form.add_error(None, problem_summary(exc))
            return self.render_to_response(self.get_context_data(form=form, problems=exc.problems))
        messages.success(
            self.request,
            _("Calendar imported into “%(calendar)s”: %(report)s.")
            % {"calendar": calendar.title, "report": report},
        )
        return redirect("wagtailadmin_explore", calendar.pk)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "action_url": self.request.get_full_path(),
            "submit_button_label": _("Import as drafts"),
            "submit_button_active_label": _("Importing…"),
            "form_is_multipart": True,
        }


class SyncSubscriptionView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST fetches and imports the subscription now."""

    template_name = "events/admin/sync_subscription.html"
    page_title = gettext_lazy("Synchronise now")
    header_icon = "calendar-alt"

    def dispatch(self, request, pk):
        self.subscription = get_object_or_404(subscriptions_for(request.user), pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.subscription.url

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "subscription": self.subscription}

    def post(self, request, pk):
        report = sync(self.subscription, user=request.user)
        if report is None:
            error = self.subscription.last_error
            messages.error(request, _("Synchronisation failed: %(error)s") % {"error": error})
        else:
            messages.success(request, _("Synchronised: %(report)s.") % {"report": report})
        return redirect(reverse("calendar_subscriptions:edit", args=[self.subscription.pk]))
