"""Many sibling pages, fast: plain Page rows inserted in bulk (no revisions, no signals).

For tests that compare a page's cost with few and with many siblings: routing and rendering must
not depend on how many pages share the parent. The rows are live pages of Wagtail's base class
with a German slug ``<prefix>-<number>``, written by ``portal.bulk_pages.add_pages`` (as
``seed_demo --scale``).
"""

from django.core.cache import cache
from wagtail.models import Page

from portal.bulk_pages import add_pages


def add_siblings(parent, count, prefix="geschwister"):
    """Append ``count`` live children to ``parent`` (read afresh: its child count may be stale)."""
    parent = Page.objects.get(pk=parent.pk)
    first = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).count() + 1
    slugs = [f"{prefix}-{number:05d}" for number in range(first, first + count)]
    add_pages([(parent, Page(title_de=slug, slug_de=slug)) for slug in slugs])
    cache.clear()  # what is cached per page-tree version (menus) and Wagtail's site root paths
