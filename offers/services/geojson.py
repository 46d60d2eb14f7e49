"""GeoJSON of offers and contact points, with the finder's filters."""

from django.http import JsonResponse

from portal.page_urls import PageUrls

from ..finder.query import map_places


def feature(page, urls):
    kind = "offer" if page._meta.model_name == "offerpage" else "contact_point"
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [float(page.longitude), float(page.latitude)]},
        "properties": {
            "id": page.pk,
            "kind": kind,
            "title": page.title,
            "url": urls.relative(page.url_path),
            "town": page.town.title if page.town else None,
            "address": ", ".join(page.address_lines),
        },
    }


def geojson_response(request):
    places = map_places(request.GET)
    urls = PageUrls()  # addresses from each page's url_path, the site roots read once
    collection = {"type": "FeatureCollection", "features": [feature(p, urls) for p in places["items"]]}
    response = JsonResponse(collection, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/geo+json; charset=utf-8"
    return response
