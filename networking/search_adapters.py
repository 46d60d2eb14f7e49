"""Round tables, twinning rounds and their stories in the portal search (see search.registry)."""

from django.utils.translation import gettext_lazy as _

from search import registry
from search.registry import localized

from .models import RoundTablePage, TwinningRoundPage, TwinningStoryPage


class RoundTableAdapter(registry.PageAdapter):
    type = "round_table"
    label = _("Round table")

    def body(self, obj, language):
        parts = (
            localized(obj, "topic", language),
            localized(obj, "purpose", language),
            super().body(obj, language),
        )
        return " ".join(part for part in parts if part)


class TwinningRoundAdapter(registry.PageAdapter):
    type = "twinning"
    label = _("Twinning round")


class TwinningStoryAdapter(registry.PageAdapter):
    type = "story"
    label = _("Story")


registry.register(RoundTablePage, RoundTableAdapter())
registry.register(TwinningRoundPage, TwinningRoundAdapter())
registry.register(TwinningStoryPage, TwinningStoryAdapter())
