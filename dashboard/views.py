"""Dashboard views: the admin dashboard (scoped to the reader's towns), CSV exports, public statistics."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal import cache_tags, generated_documents

from . import registry
from .figures import figures, write_csv
from .scope import county_scope, scope_for


def _scope_or_403(request):
    scope = scope_for(request.user)
    if scope is None:
        raise PermissionDenied
    return scope


def _panel(key, public=False):
    try:
        panel = registry.get(key)
    except KeyError:
        raise Http404 from None
    if public and not panel.public:
        raise Http404
    return panel


def _csv_response(panel, scope, name):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{name}-{panel.key}-{stamp}.csv"'
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")  # spreadsheet programs detect UTF-8
    write_csv(response, figures(panel, scope), _("marked"))
    return response


def admin_dashboard(request):
    scope = _scope_or_403(request)
    return TemplateResponse(
        request,
        "dashboard/admin.html",
        {
            "panels": [figures(panel, scope) for panel in registry.panels()],
            "scope": scope,
            "header_title": _("County dashboard"),
        },
    )


def admin_csv(request, key):
    scope = _scope_or_403(request)
    return _csv_response(_panel(key), scope, "dashboard")


def _public_rows(panel, scope):
    """The rows of a public panel, counted once after each change (portal.generated_documents)."""
    key = f"statistics:{panel.key}:{translation.get_language()}"
    return generated_documents.kept(key, [cache_tags.ANY], lambda: [list(row) for row in panel.rows(scope)])


@require_safe
def statistics(request):
    scope = county_scope()
    panels = [figures(panel, scope, _public_rows(panel, scope)) for panel in registry.panels(public=True)]
    return render(request, "dashboard/statistics.html", {"panels": panels})


@require_safe
def statistics_csv(request, key):
    return _csv_response(_panel(key, public=True), county_scope(), "statistics")
