"""Content pages in the portal search (discovered at start-up, see portal.apps)."""

from django.utils.translation import gettext_lazy as _

from search import registry as search

from .models import ContentPage, CountyHomePage, TownPage


class ContentPageAdapter(search.PageAdapter):
    type = "page"
    label = _("Page")


search.register(ContentPage, ContentPageAdapter())
search.not_indexed(CountyHomePage, TownPage)  # entry pages: their content is what they list
