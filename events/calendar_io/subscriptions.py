"""Calendar subscriptions: who may manage which, fetching a URL safely, synchronising into drafts."""

import ipaddress
import logging
import socket
import time
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import CalendarSubscription
from .ics_import import ICSImportError, calendars_for, import_calendar, max_bytes, problem_summary

logger = logging.getLogger("kreisnetz.events")
MAX_REDIRECTS = 3
CHUNK = 64 * 1024


class FetchError(ValueError):
    """The calendar could not be fetched; the message is for the user."""


def subscriptions_for(user):
    """Town editors see the subscriptions of their own calendars, county staff all of them."""
    return CalendarSubscription.objects.filter(calendar__in=calendars_for(user)).select_related("calendar")


def normalise_url(url):
    """An http(s) URL; webcal:// (how calendars are offered for subscription) becomes https://."""
    url = (url or "").strip()
    if url.lower().startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(_("Give an address that begins with https://, http:// or webcal://."))
    return url


def _check_host(url):
    """Refuse addresses inside the server's own network (unless the setting allows them)."""
    if getattr(settings, "EVENTS_FETCH_ALLOW_PRIVATE_ADDRESSES", False):
        return
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        raise FetchError(_("The address cannot be reached (unknown host).")) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError(_("Addresses inside the local network cannot be imported."))


def total_timeout():
    """Seconds a whole fetch may take: connecting, redirects and the download together."""
    return getattr(settings, "EVENTS_FETCH_TOTAL_TIMEOUT", 30)


def _too_slow():
    return FetchError(
        _("The calendar at this address could not be downloaded in time (at most %(seconds)s s).")
        % {"seconds": total_timeout()}
    )


def _remaining(deadline):
    """Seconds left until ``deadline`` (at most the per-read timeout), or FetchError when none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _too_slow()
    return min(left, getattr(settings, "EVENTS_FETCH_TIMEOUT", 15))


def _get(url, deadline):
    _check_host(url)
    return requests.get(
        url,
        timeout=_remaining(deadline),
        stream=True,
        allow_redirects=False,
        headers={"Accept": "text/calendar, */*;q=0.5", "User-Agent": "Kreisnetz calendar import"},
    )


def _too_large(limit):
    return FetchError(
        _("The calendar at this address is larger than %(limit).1f MB.") % {"limit": limit / (1024 * 1024)}
    )


def _read(response, limit, deadline):
    """The body, read as it arrives; each wait for data ends at the deadline, not a fixed time per read."""
    if int(response.headers.get("Content-Length") or 0) > limit:
        raise _too_large(limit)
    data = bytearray()
    while True:
        sock = getattr(response.raw.connection, "sock", None)
        if sock is not None:
            sock.settimeout(_remaining(deadline))
        chunk = response.raw.read1(CHUNK, decode_content=True)
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > limit:
            raise _too_large(limit)
        _remaining(deadline)


def fetch(url):
    """The bytes at ``url`` (following a few redirects), at most the import size limit, or FetchError.

    The whole fetch ends after ``EVENTS_FETCH_TOTAL_TIMEOUT`` seconds, however slowly the server sends.
    """
    url = normalise_url(url)
    deadline = time.monotonic() + total_timeout()
    try:
        for _redirect in range(MAX_REDIRECTS + 1):
            with _get(url, deadline) as response:
                if response.is_redirect and response.headers.get("Location"):
                    url = normalise_url(urljoin(url, response.headers["Location"]))
                    continue
                if response.status_code != 200:
                    raise FetchError(
                        _("The address answered with HTTP status %(status)s.")
                        % {"status": response.status_code}
                    )
                return _read(response, max_bytes(), deadline)
        raise FetchError(_("The address redirects too often."))
    except (requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError):
        if deadline - time.monotonic() < 0.1:
            raise _too_slow() from None
        raise FetchError(_("The address did not answer in time.")) from None
    except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
        raise FetchError(
            _("The address cannot be reached (%(error)s).") % {"error": type(exc).__name__}
        ) from None


def sync(subscription, user=None):
    """Fetch and import one subscription; the outcome is stored on it. Returns the report or None."""
    subscription.last_synced_at = timezone.now()
    report = None
    try:
        data = fetch(subscription.url)
        report = import_calendar(data, subscription.calendar, user=user, source=subscription)
    except FetchError as exc:
        subscription.last_error = str(exc)
    except ICSImportError as exc:
        subscription.last_error = "\n".join([problem_summary(exc), *exc.problems])
    except Exception:  # one broken subscription must not stop the others
        logger.exception("calendar subscription %s: unexpected error", subscription.pk)
        subscription.last_error = _("An unexpected error occurred; the administrators were informed.")
    else:
        subscription.last_error = ""
        subscription.last_result = str(report)[:300]
    subscription.save(update_fields=["last_synced_at", "last_result", "last_error"])
    if report is None:
        logger.warning("calendar subscription %s failed", subscription.pk)
    return report


def sync_all():
    """Synchronise every active subscription; one failing never stops the others."""
    results = []
    for subscription in CalendarSubscription.objects.filter(active=True).select_related("calendar"):
        results.append((subscription, sync(subscription)))
    return results
