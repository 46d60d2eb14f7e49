"""The accessibility statement with its feedback form; the feedback inbox for county staff."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.public_forms import rate_limited, refuse_rate_limited
from portal.rules import is_county_staff

from .forms import FeedbackForm
from .models import Feedback
from .services import record_feedback

RATE = "10/h"


def serve_statement(page, request):
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if rate_limited(request, "accessibility-feedback", RATE):
            refuse_rate_limited(form)
            status = 429
        elif form.is_valid():
            if not form.is_spam:
                record_feedback(form.cleaned_data, translation.get_language())
            return redirect(page.get_url(request) + "?sent=1#feedback")
        else:
            status = 400
    context = page.get_context(request)
    context.update({"form": form, "sent": request.GET.get("sent") == "1" and not form.is_bound})
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _county_only(request):
    if not is_county_staff(request.user):
        raise PermissionDenied


def inbox(request):
    _county_only(request)
    rows = Paginator(Feedback.objects.all(), 30).get_page(request.GET.get("p"))
    return TemplateResponse(
        request, "legal/admin/inbox.html", {"rows": rows, "header_title": _("Accessibility feedback")}
    )


@require_POST
def mark_handled(request, pk):
    _county_only(request)
    feedback = get_object_or_404(Feedback, pk=pk)
    feedback.handled = request.POST.get("handled") != "0"
    feedback.save(update_fields=["handled"])
    return redirect("legal_feedback_inbox")


def personal_data_overview(request):
    """What personal data the portal keeps, why, and for how long (county staff)."""
    from portal import personal_data

    _county_only(request)
    return TemplateResponse(
        request,
        "legal/admin/personal_data.html",
        {"sources": personal_data.sources(), "header_title": _("Personal data")},
    )
