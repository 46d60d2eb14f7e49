"""Database backend: our own index table, PostgreSQL full-text search or a plain SQLite path.

PostgreSQL: a stored tsvector per document in its text language's configuration (german,
english, russian, turkish, arabic, simple otherwise), ``websearch_to_tsquery`` in the search
language and in German (fallback documents), ``ts_rank`` ordering, ``ts_headline`` snippets,
pg_trgm similarity against the vocabulary for typos, infix matching on the stems column (GIN
trigram index) for compounds.

SQLite (``make run``): LIKE on the stems column (light stemmer of search.text, infix for
compounds), difflib against the vocabulary for typos, snippets in Python.

Facet counts: one GROUP BY query over the facet rows of the matching documents.
"""

import difflib
import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q, Value
from django.db.models.functions import Length
from django.utils.html import escape

from ..models import SearchDocument, SearchFacet, SearchTerm, ts_config
from ..synonyms import expansions
from .base import Hit, SearchResults, highlight, query_groups

START, STOP = "\x02", "\x03"
MIN_INFIX = 4


def _postgres():
    return connection.vendor == "postgresql"


class Corrector:
    """The closest vocabulary word for a word that is not in the index of ``language``."""

    def __init__(self, language):
        self.language = language
        self._vocabulary = None

    def __call__(self, word):
        terms = SearchTerm.objects.filter(language=self.language)
        if terms.filter(term=word).exists():
            return None
        if _postgres():
            from django.contrib.postgres.search import TrigramSimilarity

            best = (
                terms.annotate(similarity=TrigramSimilarity("term", word))
                .filter(similarity__gt=0.45)
                .order_by("-similarity", "term")
                .values_list("term", flat=True)
                .first()
            )
            return best
        if self._vocabulary is None:
            self._vocabulary = list(terms.filter(term__startswith=word[:1]).values_list("term", flat=True))
        found = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=0.8)
        return found[0] if found else None


def _alternative_q(stems, field="stems"):
    q = Q()
    for stem in stems:
        if len(stem) >= MIN_INFIX:
            q &= Q(**{f"{field}__contains": stem})
        else:
            q &= Q(**{f"{field}__contains": f" {stem}"})
    return q


def _tsquery(groups, language):
    configs = {ts_config(language), "german"}
    combined = None
    for group in groups:
        alternatives = None
        for alternative in group:
            for config in configs:
                part = SearchQuery(" ".join(alternative), config=config, search_type="websearch")
                alternatives = part if alternatives is None else alternatives | part
        combined = alternatives if combined is None else combined & alternatives
    return combined


class DatabaseBackend:
    name = "db"

    def documents(self, request):
        return SearchDocument.objects.filter(language=request.language, public=True)

    def filtered(self, request, queryset):
        for name, values in request.filters.items():
            if values:
                queryset = queryset.filter(
                    Exists(SearchFacet.objects.filter(document=OuterRef("pk"), name=name, value__in=values))
                )
        if request.date_from:
            queryset = queryset.filter(date__gte=request.date_from)
        if request.date_to:
            queryset = queryset.filter(date__lte=request.date_to)
        return queryset

    def search(self, request):
        groups, corrections = query_groups(
            request.words, request.language, expansions(request.language), correct=Corrector(request.language)
        )
        queryset = self.filtered(request, self.documents(request))
        tsquery = None
        if groups:
            condition = Q()
            tsquery = _tsquery(groups, request.language) if _postgres() else None
            for group in groups:
                either = Q()
                for alternative in group:
                    either |= _alternative_q(alternative)
                if _postgres():
                    either |= Q(vector=_tsquery([group], request.language))
                condition &= either
            queryset = queryset.filter(condition)
        total = queryset.count()
        facets = self.facet_counts(queryset)
        ordered = self.ordered(queryset, groups, tsquery)
        offset = (request.page - 1) * request.page_size
        page = list(ordered[offset : offset + request.page_size])
        all_stems = [stem for group in groups for alternative in group for stem in alternative]
        hits = [self.hit(document, all_stems) for document in page]
        return SearchResults(
            hits=hits, total=total, facets=facets, corrections=corrections, backend=self.name
        )

    def ordered(self, queryset, groups, tsquery):
        fields = ("object_type", "title", "url", "town", "date", "text_language", "fallback", "body")
        if not groups:
            return queryset.order_by("title", "pk").only(*fields)
        first = groups[0]
        title_match = Q()
        for alternative in first:
            title_match |= _alternative_q(alternative, "title_stems")
        from django.db.models import Case, IntegerField, When

        queryset = queryset.annotate(
            title_hit=Case(When(title_match, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
        if tsquery is not None:
            queryset = queryset.annotate(
                rank=SearchRank(F("vector"), tsquery),
                headline=SearchHeadline(
                    "body",
                    tsquery,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=35,
                    min_words=15,
                    max_fragments=2,
                ),
            )
            return queryset.order_by("-title_hit", "-rank", Length("title"), "pk").only(*fields)
        return queryset.order_by("-title_hit", Length("title"), "pk").only(*fields)

    def hit(self, document, stems):
        headline = getattr(document, "headline", None)
        if headline and START in headline:
            snippet = escape(headline).replace(START, "<mark>").replace(STOP, "</mark>")
        else:
            snippet = highlight(document.body, stems)
        return Hit(
            object_type=document.object_type,
            title=document.title,
            snippet=re.sub(r"[\x02\x03]", "", snippet),
            url=document.url,
            town=document.town,
            date=document.date,
            text_language=document.text_language,
            fallback=document.fallback,
        )

    def facet_counts(self, queryset):
        rows = (
            SearchFacet.objects.filter(document__in=queryset.values("pk"))
            .values("name", "value", "label")
            .annotate(count=Count("document_id"))
            .order_by("name", "label")
        )
        result = {}
        for row in rows:
            result.setdefault(row["name"], []).append((row["value"], row["label"], row["count"]))
        return result

    def known_values(self, language, filters):
        """Only values that exist in the index (unknown ones are ignored)."""
        wanted = {(name, value) for name, values in filters.items() for value in values}
        if not wanted:
            return {}
        rows = (
            SearchFacet.objects.filter(
                document__language=language,
                name__in={name for name, _v in wanted},
                value__in={value for _n, value in wanted},
            )
            .values_list("name", "value")
            .distinct()
        )
        known = {}
        for name, value in rows:
            if (name, value) in wanted:
                known.setdefault(name, []).append(value)
        return known

    def autocomplete(self, prefix, language, limit=8):
        prefix = prefix.strip()[:60]
        if len(prefix) < 2:
            return []
        titles = (
            SearchDocument.objects.filter(language=language, public=True, title__icontains=prefix)
            .order_by(Length("title"), "title")
            .values_list("title", "url")[:limit]
        )
        return [{"title": title, "url": url} for title, url in titles]
