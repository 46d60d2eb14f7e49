"""Admin view: fill a page's translations from German by machine translation."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.translation_status import status_for

from . import service

ALL = "all"


def _editable_draft(request, page_id):
    if not service.is_enabled():
        raise Http404
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page, page.get_latest_revision_as_object()


def fill_view(request, page_id):
    page, draft = _editable_draft(request, page_id)
    offered = service.offered_languages()
    statuses = status_for(draft)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        choice = request.POST.get("language", ALL)
        if choice != ALL and choice not in offered:
            messages.error(request, _("Machine translation is not offered for this language."))
            return redirect(edit_url)
        replace = request.POST.get("replace") == "on"
        try:
            result = service.fill(draft, None if choice == ALL else [choice], request.user, replace=replace)
        except service.FillFailed as failure:
            messages.error(request, failure.message)
            return redirect(edit_url)
        _report(request, result)
        return redirect(edit_url)
    languages = [
        {"status": status, "offered": status.language in offered}
        for status in statuses
        if status.language != "de-x-ls"
    ]
    return TemplateResponse(
        request,
        "translations/machine/fill.html",
        {"page": page, "languages": languages, "edit_url": edit_url, "all_value": ALL},
    )


def _report(request, result):
    if not result.field_count:
        messages.info(request, _("There was nothing to fill: every translation asked for already has text."))
        return
    messages.success(
        request,
        _(
            "Filled by machine translation and saved as a draft: %(count)d fields. "
            "Please review them before publishing."
        )
        % {"count": result.field_count},
    )
    if result.findings:
        listed = "; ".join(f"{finding.language}: {finding.message}" for finding in result.findings[:5])
        messages.warning(
            request,
            _("The guideline check found points in the machine translation (%(count)d): %(list)s")
            % {"count": len(result.findings), "list": listed},
        )
