"""Wagtail API v2 for pages, images and documents (read-only, public content only)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .services import image_consent


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    """Images, without those of identifiable people whose consent is not recorded."""

    def get_queryset(self):
        return image_consent.public_images(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
