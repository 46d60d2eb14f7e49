"""Synonym groups as a snippet for county editors (Snippets → Synonyme)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    list_display = ["terms", "language"]
    list_filter = ["language"]
    add_to_admin_menu = False


register_snippet(SynonymViewSet)
