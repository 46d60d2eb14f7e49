"""Image files that cannot be read: refused at upload, a placeholder instead of a rendition.

A phone on a bad connection uploads a truncated file; a crafted header declares 65535×65535
pixels. Wagtail reads only the header on upload and fails later (a 500 on the form or on the
page that asks for a rendition). Uploads are decoded completely here, so a broken file is a
form error; a broken file already stored gives a placeholder and a log line (without the
image's title or file name, which may name people).
"""

import logging
import struct

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.fields import WagtailImageField

logger = logging.getLogger("kreisnetz.images")

# What Pillow and Willow raise on a damaged, truncated or hostile file (UnidentifiedImageError
# and "image file is truncated" are OSErrors).
BROKEN_IMAGE_ERRORS = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    IndexError,
    struct.error,
    PILImage.DecompressionBombError,
)

DAMAGED = _(
    "This image file is damaged or incomplete (perhaps the upload was interrupted). "
    "Please upload the complete file again."
)


def log_broken(image, error):
    if isinstance(error, InvalidFilterSpecError):
        raise error
    logger.warning("image %s: no rendition (%s)", image.pk, type(error).__name__)


def output_size(image, filter):
    """Width and height a rendition of ``image`` through ``filter`` would have (0, 0 if unknown)."""
    try:
        return filter.get_transform(image).size
    except BROKEN_IMAGE_ERRORS + (TypeError, ZeroDivisionError):
        return (0, 0)


def check_decodes(uploaded):
    """Raise a ValidationError unless the whole file decodes (not only its header)."""
    uploaded.seek(0)
    try:
        with PILImage.open(uploaded) as picture:
            picture.verify()  # PNG: every chunk's checksum, up to the end marker
        uploaded.seek(0)
        with PILImage.open(uploaded) as picture:
            if picture.format == "JPEG":
                # Decoding at an eighth of the size still reads every byte of the stream.
                picture.draft(picture.mode, (max(1, picture.width // 8), max(1, picture.height // 8)))
            for frame in range(getattr(picture, "n_frames", 1)):
                picture.seek(frame)
                picture.load()
    except Exception as error:  # noqa: BLE001 - whatever a hostile file makes Pillow raise
        raise ValidationError(DAMAGED, code="invalid_image") from error
    finally:
        uploaded.seek(0)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with every failure to read the file turned into a form error."""

    def to_python(self, data):
        try:
            uploaded = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Wagtail reads the header outside its own try
            raise ValidationError(DAMAGED, code="invalid_image") from error
        if uploaded is not None and uploaded.image.format_name != "svg":
            check_decodes(uploaded)
        return uploaded
