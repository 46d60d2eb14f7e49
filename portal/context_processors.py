from django.conf import settings


def portal(request):
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "LEICHTE_SPRACHE": settings.LEICHTE_SPRACHE,
        "MAP_TILE_URL": settings.MAP_TILE_URL,
        "MAP_ATTRIBUTION": settings.MAP_ATTRIBUTION,
    }
