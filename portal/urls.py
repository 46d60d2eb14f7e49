from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import page_editor_views, scoped_reports, views
from .api import api_router

handler404 = "portal.views.page_not_found"
handler500 = "portal.unavailable.server_error"
handler403 = "portal.views.permission_denied"

urlpatterns = [
    *scoped_reports.urlpatterns,  # in front of Wagtail's reports of the same paths
    # In front of Wagtail's views of the same paths (portal/page_editor_views.py).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        page_editor_views.create,
    ),
    path("admin/pages/<int:page_id>/edit/", page_editor_views.edit),
    path("admin/pages/<int:page_id>/edit/preview/", page_editor_views.preview_on_edit),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("site.webmanifest", views.web_manifest, name="web_manifest"),
    path("", include("offers.urls")),
    path("", include("events.urls")),
]

if settings.DEBUG:
    import re

    from django.urls import re_path

    from .image_views import public_media

    # Like django.conf.urls.static, but files of images without consent (private/) stay unserved.
    urlpatterns += [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", public_media)]

# Every public URL carries its language: /, /en/, /ar/, ... /de-x-ls/ (German without prefix).
urlpatterns += i18n_patterns(
    path("", include("events.public_urls")),
    path("", include("newsletter.urls")),
    path("", include("guidelines.urls")),
    path("", include("dashboard.public_urls")),
    path("", include("stories.urls")),
    path("", include("networking.urls")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
