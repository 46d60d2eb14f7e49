"""The site's navigation: the main menu from the page tree, service links for the footer.

The main menu is what the county marks "Show in menus" (Wagtail's ``show_in_menus``, *Promote*
tab) among the children of the site's root page, in the order of the page tree: editors change it
in the admin, nothing is hard-coded. Sections that are views, not pages (search, statistics,
newsletter) and service pages (open data) register a *service link* from their app's
``registrations.py``; the footer lists them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from . import caching, i18n


@dataclass(frozen=True)
class MenuItem:
    """A link of a menu: its URL, the label as a TranslatedValue (``.attrs`` marks a German
    fallback) and whether it leads to the page shown or one of its ancestors."""

    url: str
    label: object
    is_current: bool = False
    is_ancestor: bool = False


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def menu_pages(root):
    """The live, public children of ``root`` marked "Show in menus", in tree order."""
    if root is None:
        return []
    return caching.public_tree_cached(
        f"menu-pages:{root.pk}",
        lambda: list(caching.public(root.get_children().live().in_menu()).specific()),
    )


def _menu_entries(request, root):
    """[(path, url, label)] of the menu pages under ``root`` in the active language."""
    entries = []
    for page in menu_pages(root):
        url = page.get_url(request=request)
        if url:
            entries.append((page.path, url, i18n.translated(page, "title")))
    return entries


def main_menu(request, current=None):
    """The main menu: the site root's menu pages, each named in the reader's language.

    Built once per page-tree version, site and language (portal.caching.tree_cached)."""
    root = site_root(request)
    if root is None:
        return []
    key = f"main-menu:{root.pk}:{translation.get_language()}"
    entries = caching.tree_cached(key, lambda: _menu_entries(request, root))
    current_path = current.path if isinstance(current, Page) else ""
    return [
        MenuItem(
            url=url,
            label=label,
            is_current=current_path == path,
            is_ancestor=bool(current_path) and current_path.startswith(path) and current_path != path,
        )
        for path, url, label in entries
    ]


@dataclass(frozen=True)
class ServiceLink:
    key: str
    label: object  # a lazy translation
    url: Callable[[object], str | None]  # request → URL or None (not there on this site)
    order: int = 100


_service_links: dict[str, ServiceLink] = {}


def register_service_link(key, label, url, order=100):
    """Add a footer link. ``url``: a URL name (reversed in the reader's language) or a callable
    ``request → URL or None``."""
    if isinstance(url, str):
        url = _reverser(url)
    _service_links[key] = ServiceLink(key, label, url, order)


def _reverser(name):
    def url(request):
        try:
            return reverse(name)
        except NoReverseMatch:
            return None

    return url


def _service_urls(request):
    ordered = sorted(_service_links.values(), key=lambda item: (item.order, item.key))
    return [(link.key, url) for link in ordered if (url := link.url(request))]


def service_links(request):
    """[(label, url)] of the registered service links that exist on this site, in their order.

    Their URLs (some found in the page tree) are built once per page-tree version and language."""
    root = site_root(request)
    key = f"service-links:{root.pk if root else 0}:{translation.get_language()}"
    urls = caching.tree_cached(key, lambda: _service_urls(request))
    return [(_service_links[key].label, url) for key, url in urls if key in _service_links]
