"""Admin views: live check (JSON), findings of a page with overrides, county report (HTML/CSV)."""

import time

from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page

from portal.rules import is_county_staff
from portal.towns import town_page_model

from .forms import OverrideForm, ReportFilterForm
from .models import Override, Rule
from .services import engine, extract, labels, overrides, registry, report


def _model_for(request):
    """The page model the live check is for: from the page being edited or the type being added."""
    page_id = request.POST.get("guidelines_page") or ""
    if page_id.isdigit():
        page = get_object_or_404(Page, pk=int(page_id))
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return page.specific_class
    label = request.POST.get("guidelines_model") or ""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        raise Http404 from None
    if not registry.is_checked(model):
        raise Http404
    return model


@require_POST
def live_check(request):
    started = time.perf_counter()
    model = _model_for(request)
    units = extract.units_from_form_data(model, request.POST)
    findings = engine.check_units(units, extract.context_from_form_data(model, request.POST))
    elapsed = (time.perf_counter() - started) * 1000
    blocking = sum(1 for f in findings if f.severity == "error")
    return JsonResponse(
        {
            "findings": [f.as_dict() for f in findings],
            "groups": labels.groups(findings, model),
            "count": len(findings),
            "blocking": blocking,
            "summary": labels.findings_summary(findings),
            "blocking_note": (
                ngettext(
                    "%(count)s finding blocks publication.", "%(count)s findings block publication.", blocking
                )
                % {"count": blocking}
                if blocking
                else ""
            ),
            "server_ms": round(elapsed, 1),
        }
    )


def page_findings(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit() and not is_county_staff(request.user):
        raise PermissionDenied
    findings, _units = overrides.current_findings(page)
    can_override = is_county_staff(request.user)
    form = OverrideForm()
    if request.method == "POST":
        if not can_override:
            raise PermissionDenied
        form = OverrideForm(request.POST)
        if form.is_valid():
            try:
                overrides.grant(page, request.user, form.cleaned_data["finding"], form.cleaned_data["reason"])
            except overrides.OverrideError as error:
                form.add_error("reason", str(error))
            else:
                messages.success(request, _("The override is recorded."))
                return redirect("guidelines_page", page_id=page.pk)
    return TemplateResponse(
        request,
        "guidelines/page_findings.html",
        {
            "page": page,
            "findings": list(enumerate(findings)),
            "can_override": can_override,
            "form": form,
            "overrides": Override.objects.filter(page=page).select_related("rule", "created_by"),
        },
    )


def county_report(request):
    if not is_county_staff(request.user):
        raise PermissionDenied
    form = ReportFilterForm(
        request.GET or None,
        towns=town_page_model().objects.order_by("title"),
        rules=Rule.objects.order_by("name"),
    )
    filters = form.cleaned_data if form.is_valid() else {}
    rows = report.findings(filters)
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="guideline-findings.csv"'
        report.write_csv(response, rows.iterator())
        return response
    page_of_rows = Paginator(rows, 50).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "guidelines/report.html",
        {
            "form": form,
            "rows": page_of_rows,
            "records": report.with_labels(page_of_rows),
            "counts": report.counts(filters),
            "query": query.urlencode(),
        },
    )
