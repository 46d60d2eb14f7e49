"""Stories in the portal search (discovered at start-up, see portal.apps)."""

from django.utils.translation import gettext_lazy as _

from search import registry as search

from .models import StoryIndexPage, StoryPage


class StoryAdapter(search.PageAdapter):
    type = "story"
    label = _("Story")

    def public_queryset(self):
        return super().public_queryset().select_related("town")


search.register(StoryPage, StoryAdapter())
search.not_indexed(StoryIndexPage)
