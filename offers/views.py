"""Data endpoints (language-independent: every translation is a column or property)."""

from django.http import Http404
from django.views.decorators.http import require_safe

from .services.geojson import geojson_response
from .services.open_data import DATASETS, export_response


@require_safe
def export(request, dataset, fmt):
    if dataset not in DATASETS or fmt not in ("json", "csv"):
        raise Http404
    return export_response(DATASETS[dataset], fmt, request)


@require_safe
def places_geojson(request):
    return geojson_response(request)
