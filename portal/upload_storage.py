"""Uploads on a full or read-only media directory: a clear message, nothing half-stored.

``GuardedFileSystemStorage`` is Django's file storage with two additions: a write that fails
with an ``OSError`` (disk full, read-only, no permission, quota) removes what it had written of
the file and raises :class:`UploadNotStored`; every file it writes during a request is noted.
``UploadStorageMiddleware`` runs a request that carries files in a transaction: when the
storage refuses, the database rows of that request are rolled back, the files already written
in it are removed, and the editor gets the message instead of a 500 page (as JSON for Wagtail's
multiple upload, which shows ``error_message`` next to the file).

Only storage writes count: an ``OSError`` raised while reading an image (a truncated file) is
not an ``UploadNotStored`` and is left to the form validation.
"""

import contextlib
import contextvars
import logging
import os

from django.contrib import messages
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _

logger = logging.getLogger("kreisnetz")

_written: contextvars.ContextVar[list[tuple[FileSystemStorage, str]] | None] = contextvars.ContextVar(
    "upload_storage_written", default=None
)


class UploadNotStored(Exception):
    """The storage could not write an uploaded file (the OSError is the cause)."""


def not_stored_message():
    return _(
        "The file could not be stored: the server's storage is full or cannot be written to. "
        "Nothing was saved. Please try again later or tell the portal's administrators."
    )


class GuardedFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        try:
            saved = super()._save(name, content)  # type: ignore[misc]  # not in django-stubs
        except OSError as exc:
            self._remove_partial(name)
            logger.error("upload not stored: %s (%s)", name, exc.strerror or exc)
            raise UploadNotStored(name) from exc
        written = _written.get()
        if written is not None:
            written.append((self, saved))
        return saved

    def _remove_partial(self, name):
        with contextlib.suppress(OSError):  # nothing was created, or it cannot be removed either
            os.remove(self.path(name))


def _remove_written(written):
    for storage, name in written:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("upload cleanup: %s could not be removed", name)


class UploadStorageMiddleware:
    """Runs each request that carries files in one transaction and undoes it when not stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.content_type.startswith("multipart/") or not request.FILES:
            return self.get_response(request)
        token = _written.set([])
        try:
            with transaction.atomic():
                return self.get_response(request)
        finally:
            _written.reset(token)

    def process_exception(self, request, exception):
        if not isinstance(exception, UploadNotStored):
            return None
        transaction.set_rollback(True)
        _remove_written(_written.get() or [])
        return refusal(request)


def refusal(request):
    """The message where the editor sees it: beside the file (multiple upload) or on the form."""
    message = not_stored_message()
    if "/multiple/" in request.path or request.headers.get("x-requested-with") == "XMLHttpRequest":
        return JsonResponse({"success": False, "error_message": message})
    messages.error(request, message)
    return HttpResponseRedirect(request.get_full_path())
