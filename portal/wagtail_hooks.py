"""Admin: files of images without recorded consent, served to editors only."""

from django.urls import path
from wagtail import hooks

from . import image_views


@hooks.register("register_admin_urls")
def private_media_urls():
    return [path("private-media/<path:name>", image_views.private_media, name="portal_private_media")]
