"""Files of images without recorded consent, for editors only (admin URL, permission checked).

They live under ``private/`` in the media storage, which no web server and no bucket policy
serves; this view streams them from the storage (filesystem or S3 alike).
"""

import mimetypes
import posixpath

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.static import serve
from wagtail.permissions import policy_registry

from .models import KreisnetzImage, KreisnetzRendition
from .services.image_consent import PRIVATE_PREFIX, is_private_name


def _image_of(name):
    image = KreisnetzImage.objects.filter(file=name).first()
    if image is None:
        rendition = KreisnetzRendition.objects.filter(file=name).select_related("image").first()
        image = rendition.image if rendition else None
    return image


def private_media(request, name):
    name = PRIVATE_PREFIX + name
    image = _image_of(name)
    policy = policy_registry.get_by_type(KreisnetzImage)
    if image is None or not policy.user_has_any_permission_for_instance(
        request.user, ["choose", "change"], image
    ):
        raise Http404
    try:
        handle = image.file.storage.open(name)
    except OSError as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response


def public_media(request, path):
    """Media files in development (DEBUG), without those under ``private/``."""
    if is_private_name(posixpath.normpath(path).lstrip("/")):
        raise Http404
    return serve(request, path, document_root=str(settings.MEDIA_ROOT))
