"""Addresses of many pages at once, as Wagtail's ``page.url`` gives them, without its per-page work.

``page.url`` looks up the site root paths (a cache read per page) and reverses ``wagtail_serve``
(URL resolver work per page). Listings of thousands of pages (open-data exports, the search
index rebuild) build them from the page's ``url_path`` instead: the site roots are read and the
language prefix reversed once per language, each page then costs a string operation.

    urls = PageUrls()
    with translation.override("en"):
        address = urls.relative(page.url_path)   # == page.url (in English)

The results equal Wagtail's (``tests/portal/test_page_urls.py`` compares them, translated and
non-ASCII slugs included): same site choice (the first root, longest path first, that contains
the page), same percent-encoding as ``reverse``, relative when there is one site.
"""

from urllib.parse import quote

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.regex_helper import _lazy_re_compile
from wagtail.models import Page

# As django.urls.resolvers.URLResolver._reverse_with_prefix quotes a reversed path.
_SAFE = "!$&'()*+,;=" + "/~:@"
# wagtail_serve's argument: slugs followed by slashes (wagtail.urls.serve_pattern).
_SERVE_ARGUMENT = _lazy_re_compile(r"^(?:[\w\-]+/)*$")


class PageUrls:
    """Relative page addresses in the active language, per language set up once."""

    def __init__(self):
        self._languages = {}

    def _setup(self):
        language = translation.get_language()
        found = self._languages.get(language)
        if found is None:
            roots = Page()._get_site_root_paths()
            try:
                prefix = reverse("wagtail_serve", args=("",))
            except NoReverseMatch:
                prefix = None
            found = self._languages[language] = (roots, prefix, len({root[0] for root in roots}))
        return found

    def relative(self, url_path):
        """``page.url`` for a page with this ``url_path`` (the active language's), or None."""
        roots, prefix, sites = self._setup()
        if not url_path or prefix is None:
            return None
        for root in roots:
            if url_path.startswith(root[1]):
                rest = url_path[len(root[1]) :]
                if not _SERVE_ARGUMENT.match(rest):
                    return None
                path = prefix + quote(rest, safe=_SAFE)
                return path if sites == 1 else root[2] + path
        return None
