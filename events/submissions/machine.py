"""Machine translation for the moderation screen, through the translations app's service.

The service (``translations.machine.service``: ``is_enabled()`` and ``fill(...)``) is imported
lazily: without the module or without a configured provider the screen shows no machine
button and nothing else changes. Machine-translated text is marked as such by the service
(the page's translation status) until a person reviews it.
"""

import logging

from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


class Unavailable(Exception):
    """Machine translation cannot fill the languages now, with the reason for the moderator."""


def _service():
    try:
        from translations.machine import service
    except ImportError:
        return None
    return service


def is_available():
    """True when the translations app offers machine translation and a provider is configured."""
    service = _service()
    if service is None:
        return False
    try:
        return bool(service.is_enabled())
    except Exception:  # noqa: BLE001 - a broken configuration hides the button, never the screen
        logger.warning("machine translation is not usable", exc_info=True)
        return False


def fill(draft, user):
    """Fill the missing languages of ``draft`` (the submitted event's latest revision) from
    German (Leichte Sprache never: the service leaves it to a person) in a new draft revision
    marked machine translated; returns the number of fields filled. Provider errors become
    :class:`Unavailable`, nothing is saved then."""
    service = _service()
    if service is None or not is_available():
        raise Unavailable(_("Machine translation is not configured."))
    try:
        result = service.fill(draft, user=user)
    except Exception as exc:  # noqa: BLE001 - the provider's message, nothing saved is lost
        logger.warning("machine translation of event %s failed", draft.pk, exc_info=True)
        message = getattr(exc, "message", None) or _("Machine translation failed: %(reason)s") % {
            "reason": exc
        }
        raise Unavailable(message) from exc
    return getattr(result, "field_count", result)
