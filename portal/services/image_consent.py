"""Consent of the people shown in an image: one rule for the API, pages, renditions and files.

An image that shows identifiable people is public only once their consent is recorded on the
image itself. Until then:

- its original and its renditions are stored under ``private/`` in the media storage, a prefix
  that the web server (Caddy, Django in DEBUG) and the S3 bucket policy do not serve; editors
  get the files through the admin view ``portal_private_media``, which checks their permission;
- the API does not list it;
- outside the admin, every rendition of it (``{% image %}``, ``{% picture %}``, rich text,
  ``as`` variables) is a neutral placeholder: editors see on the preview what visitors will see.

A use of an image (a story's picture) may add that the image shows people, and may record
consent for an image that does not say it shows people; it cannot lift the image's own rule.
"""

import logging
import os
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q

logger = logging.getLogger("kreisnetz.images")

PRIVATE_PREFIX = "private/"

_editor_view = ContextVar("image_consent_editor_view", default=False)


def is_public(image):
    """May this image be shown to visitors?"""
    return not image.shows_people or image.consent_recorded


def consent_missing(image, *, shows_people=False, consent=False):
    """Does a use of ``image`` (with its own facts about people and consent) lack consent?"""
    if image is not None and not is_public(image):
        return True
    people = shows_people or bool(image and image.shows_people)
    return people and not (consent or bool(image and image.consent_recorded))


def public_filter():
    """The rule as a queryset filter on images."""
    return Q(shows_people=False) | Q(consent_recorded=True)


def public_images(queryset):
    return queryset.filter(public_filter())


# --- Where the files are ---------------------------------------------------------------------


def is_private_name(name):
    return (name or "").startswith(PRIVATE_PREFIX)


def located(name, image):
    """``name`` (a storage path) under ``private/`` or not, as ``image`` requires."""
    bare = name.removeprefix(PRIVATE_PREFIX)
    return bare if is_public(image) else PRIVATE_PREFIX + bare


def sync_files(image):
    """Move the original to where the image's consent state wants it; drop misplaced renditions.

    The copy is written and recorded first; the old file is deleted once the transaction
    commits, so a rollback leaves the image with its old, still existing file.
    """
    old_name = image.file.name
    if old_name and is_private_name(old_name) == is_public(image):
        storage = image.file.storage
        with storage.open(old_name) as source:
            new_name = storage.save(located(old_name, image), ContentFile(source.read()))
        type(image).objects.filter(pk=image.pk).update(file=new_name)
        image.file.name = new_name
        transaction.on_commit(lambda: storage.delete(old_name))
        logger.info("image %s moved to %s storage", image.pk, "public" if is_public(image) else "private")
    misplaced = Q(file__startswith=PRIVATE_PREFIX)
    renditions = image.renditions.filter(misplaced if is_public(image) else ~misplaced)
    if renditions.exists():
        renditions.delete()  # Wagtail's signal handlers delete the files and purge the cache
        getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)
        image.__dict__.pop("prefetched_renditions", None)


def private_file_url(name):
    from django.urls import reverse

    return reverse("portal_private_media", args=[name.removeprefix(PRIVATE_PREFIX)])


def upload_path(folder, filename, image):
    return located(os.path.join(folder, filename), image)


# --- Who is looking --------------------------------------------------------------------------


@contextmanager
def editor_view(active=True):
    """Within this block, images without consent render for real (the admin's own views)."""
    token = _editor_view.set(active)
    try:
        yield
    finally:
        _editor_view.reset(token)


def in_editor_view():
    return _editor_view.get()


def shown(image):
    """May renditions of ``image`` be produced in the current context?"""
    return is_public(image) or in_editor_view()
