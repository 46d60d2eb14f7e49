"""Demo data of the search: default synonym groups, then the index built from the demo content."""

from portal import demo

from . import indexing
from .models import Synonym

SYNONYMS = {
    "de": [
        "Deutschkurs, Sprachkurs, Integrationskurs",
        "Kita, Kindertagesstätte, Kindergarten",
        "Ausländerbehörde, Zuwanderungsbehörde",
        "Jobcenter, Arbeitsamt, Agentur für Arbeit",
    ],
    "en": ["German course, language course, integration course"],
}


@demo.step(900, "search synonyms and index")
def search_index():
    for language, groups in SYNONYMS.items():
        for terms in groups:
            Synonym.objects.get_or_create(language=language, terms=terms)
    indexing.rebuild()


@demo.scale_step("search index")
def bulk_search_index(count, progress=True):
    """Bulk-created content has no publish signals: index everything again."""
    from django.core.management import call_command

    call_command("rebuild_search", verbosity=1 if progress else 0)
