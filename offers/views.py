"""Data endpoints (language-independent: every translation is a column or property)."""

from django.http import Http404
from django.views.decorators.http import require_safe

from portal import cache_tags, open_data
from portal.generated_documents import generated

from .models import OpenDataPage
from .services.geojson import geojson_response


def _licence():
    page = OpenDataPage.objects.first()
    return {"name": page.licence, "url": page.licence_url} if page else None


@require_safe
@generated(cache_tags.ANY)
def export(request, dataset, fmt):
    found = open_data.get(dataset)
    if found is None or fmt not in ("json", "csv"):
        raise Http404
    return open_data.export_response(found, fmt, request, _licence() if fmt == "json" else None)


@require_safe
@generated(cache_tags.OFFERS, cache_tags.CONTACT_POINTS)
def places_geojson(request):
    return geojson_response(request)
