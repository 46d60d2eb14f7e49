"""Many sibling pages, fast: plain Page rows inserted in bulk (no revisions, no signals).

For tests that compare a page's cost with few and with many siblings: routing and rendering must
not depend on how many pages share the parent. The rows are live pages of Wagtail's base class
with a German slug ``<prefix>-<number>``.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Locale, Page


def add_siblings(parent, count, prefix="geschwister"):
    """Append ``count`` live children to ``parent`` (read afresh: its child count may be stale)."""
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(Page)
    locale = Locale.get_default()
    last = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).order_by("-path").first()
    first = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    rows = []
    for number in range(first, first + count):
        slug = f"{prefix}-{number:05d}"
        url_path = f"{parent.url_path}{slug}/"
        rows.append(
            Page(
                path=Page._get_path(parent.path, parent.depth + 1, number),
                depth=parent.depth + 1,
                numchild=0,
                title=slug,
                title_de=slug,
                draft_title=slug,
                slug=slug,
                slug_de=slug,
                url_path=url_path,
                url_path_de=url_path,
                content_type=content_type,
                locale=locale,
                live=True,
            )
        )
    Page.objects.bulk_create(rows)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    cache.clear()  # what is cached per page-tree version (menus) and Wagtail's site root paths
