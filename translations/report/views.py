"""Admin views: the county translation report (HTML and CSV) and "mark reviewed" in the editor."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page

from portal.editor_languages import PARAM
from portal.rules import is_county_staff
from portal.translation_status import target_languages

from . import county_report
from .forms import ReportFilterForm
from .review_marks import NotAllowed, mark_language_reviewed


@require_POST
def mark_reviewed(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    language = request.POST.get("language", "")
    if language not in target_languages():
        raise Http404
    try:
        marked = mark_language_reviewed(page, language, request.user)
    except NotAllowed:
        raise PermissionDenied from None
    if marked:
        messages.success(
            request,
            ngettext(
                "%(count)s machine-translated field is marked reviewed.",
                "%(count)s machine-translated fields are marked reviewed.",
                marked,
            )
            % {"count": marked},
        )
    else:
        messages.info(request, _("There was no machine-translated text left to review."))
    return redirect(f"{reverse('wagtailadmin_pages:edit', args=[page.pk])}?{PARAM}={language}")


def _visible_towns(user):
    towns = county_report.towns()
    if is_county_staff(user):
        return towns
    editable = set(
        county_report.visible_pages(user).filter(pk__in=[t.pk for t in towns]).values_list("pk", flat=True)
    )
    return [town for town in towns if town.pk in editable]


def report(request):
    towns = _visible_towns(request.user)
    county_wide = is_county_staff(request.user)
    if not towns and not county_wide:
        raise PermissionDenied
    content_types = county_report.content_types()
    form = ReportFilterForm(
        request.GET or None, towns=towns, content_types=content_types, county_wide=county_wide
    )
    rows, items = county_report.report(request.user, form.filters())
    town_names = {town.pk: town.title for town in towns}
    type_names = {ct.pk: str(ct.model_class()._meta.verbose_name) for ct in content_types}
    show_pages = request.GET.get("view") == "pages"
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = "translation-pages.csv" if show_pages else "translation-report.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        if show_pages:
            county_report.write_pages_csv(response, items, town_names, type_names)
        else:
            county_report.write_csv(response, rows)
        return response
    query = request.GET.copy()
    for key in ("p", "format", "view"):
        query.pop(key, None)
    context = {
        "form": form,
        "query": query.urlencode(),
        "statuses": list(zip(county_report.STATUSES, county_report.status_headers(), strict=True)),
        "language_param": PARAM,
        "show_pages": show_pages,
    }
    if show_pages:
        page_of_items = Paginator(items, 50).get_page(request.GET.get("p"))
        context["items"] = page_of_items
        context["item_rows"] = [
            (
                item,
                town_names.get(item.town_id, _("County (county-wide)")),
                type_names.get(item.content_type_id, ""),
            )
            for item in page_of_items
        ]
    else:
        context["rows"] = [(row, _row_query(row)) for row in rows]
    return TemplateResponse(request, "translations/report/report.html", context)


def _row_query(row):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    query["view"] = "pages"
    query["town"] = str(row.town_id) if row.town_id else "county"
    query["language"] = row.language
    query["content_type"] = str(row.content_type_id)
    return query.urlencode()
