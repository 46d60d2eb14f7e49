"""Admin hooks of the portal.

- Files of images without recorded consent, served to editors only.
- Page chooser and explorer: other towns' drafts stay hidden (``permissions.visible_pages``).
"""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks

from . import admin_language, image_views, page_cache
from .permissions import visible_pages

admin_language.install()  # yes/no columns and filters in the editor's language


@hooks.register("register_admin_urls")
def private_media_urls():
    return [path("private-media/<path:name>", image_views.private_media, name="portal_private_media")]


@hooks.register("construct_page_chooser_queryset")
def chooser_pages(pages, request):
    return visible_pages(request.user, pages)


@hooks.register("construct_explorer_page_queryset")
def explorer_pages(parent_page, pages, request):
    return visible_pages(request.user, pages)


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """The page cache reads the tags of the page a response shows (portal.page_cache)."""
    page_cache.remember_page(page, request)


@hooks.register("insert_editor_js")
def page_editor_js():
    """Publish waits for a running autosave; the language picker loads other languages."""
    return format_html('<script src="{}" defer></script>', static("portal/js/page-editor.js"))


@hooks.register("insert_global_admin_css")
def page_editor_css():
    """The language picker's toggles with enough contrast and a visible focus."""
    return format_html('<link rel="stylesheet" href="{}">', static("portal/css/page-editor.css"))
