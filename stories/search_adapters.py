"""Stories in the portal search (see search.registry): one registration."""

from django.utils.translation import gettext_lazy as _

from search import registry

from .models import StoryPage


class StoryAdapter(registry.PageAdapter):
    type = "story"
    label = _("Story")

    def public_queryset(self):
        return super().public_queryset().select_related("town")


registry.register(StoryPage, StoryAdapter())
