"""The address the site is served at, for links that leave the page: JSON-LD, feeds, .ics, CSV.

With a request, a link is built on the request's own scheme and host: the address the reader
(or the machine) actually reached. Without one (mails, commands) it is built on
``WAGTAILADMIN_BASE_URL``, the public address in production. ``manage.py set_site_address``
makes Wagtail's default Site answer at that address too (``make run`` passes the served host and
port; the release step of the container passes ``WAGTAILADMIN_BASE_URL``), so Wagtail's own full
URLs (API, admin "view live") agree with ours.
"""

from urllib.parse import urlsplit

from django.conf import settings

DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url(request=None):
    """``scheme://host[:port]`` of the request, or of the configured public address."""
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(url, request=None):
    """``url`` made absolute; an already absolute URL (another site, a feed) is kept."""
    if not url or urlsplit(url).scheme:
        return url
    return base_url(request) + ("" if url.startswith("/") else "/") + url


def page_url(page, request=None):
    """The absolute address of ``page`` in the active language, on the served host."""
    parts = page.get_url_parts(request=request)
    if parts is None:
        return None
    return absolute(parts[2], request)


def site_location(url):
    """(hostname, port) of Wagtail's Site for the base address ``url``."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) address: {url!r}")
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def set_default_site(url):
    """Point the default Site at ``url`` (scheme, host, port); returns the Site, or None."""
    from wagtail.models import Site

    hostname, port = site_location(url)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return None
    if (site.hostname, site.port) != (hostname, port):
        if Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
            raise ValueError(f"another site already answers at {hostname}:{port}")
        site.hostname, site.port = hostname, port
        site.save()
    return site
