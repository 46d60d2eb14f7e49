"""Tell the editor why a publication was refused, on routes that only say "permission denied".

Workflow approval and other admin views that publish inside their own code turn the gate's
PublicationBlocked (a PermissionDenied) into Wagtail's generic "no permission" redirect. This
middleware keeps the current request at hand, so that the gate can add its own message, which
names field, rule and match, to the editor's messages.
"""

from contextvars import ContextVar

from django.contrib import messages

_request = ContextVar("guidelines_request", default=None)


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def tell_editor(message):
    """Add ``message`` as an error to the current admin request, if there is one (not in commands)."""
    request = _request.get()
    if request is not None and getattr(request, "_messages", None) is not None:
        messages.error(request, message)
