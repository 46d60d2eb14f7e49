"""Public views: the twinning application form and the owner's status update of an action item."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.local_dates import format_date
from portal.public_forms import rate_limited, refuse_rate_limited

from .forms import ApplicationForm, StatusForm
from .models import ActionItem
from .services import access, roundtables, twinning

RATE = "10/h"


def apply_view(request, round_page):
    context = {"page": round_page, "self": round_page}
    if not round_page.is_open_for_applications():
        context["closed_message"] = twinning_closed_message(round_page)
        return render(request, "networking/twinning_apply.html", context, status=200)
    form = ApplicationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if rate_limited(request, "twinning-application", RATE):
            refuse_rate_limited(form)
            status = 429
        elif form.is_valid():
            if not form.is_spam:
                try:
                    twinning.apply(round_page, form.cleaned_data)
                except twinning.TwinningError as exc:
                    form.add_error(exc.field, str(exc))
                    context["form"] = form
                    return render(request, "networking/twinning_apply.html", context, status=400)
            context["sent"] = True
            return render(request, "networking/twinning_apply.html", context)
        else:
            status = 400
    context["form"] = form
    return render(request, "networking/twinning_apply.html", context, status=status)


def twinning_closed_message(round_page):
    return _("Applications to this round are possible from %(start)s to %(end)s.") % {
        "start": format_date(round_page.application_start, "short"),
        "end": format_date(round_page.application_end, "short"),
    }


@login_required(login_url="member_login")
@require_http_methods(["GET", "POST"])
def action_status(request, pk):
    action = get_object_or_404(
        ActionItem.objects.select_related("owner", "session__round_table", "session__event"), pk=pk
    )
    if not access.can_update_action(request.user, action):
        raise PermissionDenied
    form = StatusForm(request.POST or None, initial={"status": action.status, "notes": action.notes})
    if request.method == "POST" and form.is_valid():
        roundtables.update_status(
            request.user, action, form.cleaned_data["status"], form.cleaned_data["notes"]
        )
        messages.success(request, _("The status was saved."))
        return redirect(action.session.round_table.url)
    status = 400 if request.method == "POST" else 200
    return render(request, "networking/action_status.html", {"form": form, "action": action}, status=status)
