"""Middleware of the portal app."""

from django.urls import reverse

from .services import image_consent


class ImageConsentMiddleware:
    """Images without recorded consent render for real only in the admin's own views.

    Previews run through the middleware again with the page's public path, so they show what
    visitors will see (a placeholder).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        in_admin = request.path.startswith(self.admin_prefix) and not getattr(request, "is_dummy", False)
        with image_consent.editor_view(in_admin and request.user.is_authenticated):
            return self.get_response(request)
