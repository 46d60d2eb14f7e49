"""Database backend: our own index table, PostgreSQL full-text search or a plain SQLite path.

PostgreSQL: a stored tsvector per document in its text language's configuration (german,
english, russian, turkish, arabic, simple otherwise), written by a trigger, with a GIN index on
(language, vector) (btree_gin), so the language filter and the text match are one index scan.
Every word of the query becomes one ``to_tsquery`` per configuration (search language and
German for fallback documents) that ORs its alternatives as prefix terms: stems, synonyms, a
typo correction, and for compounds the vocabulary words that contain it (``SearchTerm``, GIN
trigram index, so matching inside compounds never scans the documents). Typo correction
(pg_trgm ``%`` on the vocabulary, indexed) only runs for words that are not in the vocabulary.
Ordering: documents in the reader's language first (then those shown in German), title
match, ``ts_rank``, title length. Every document in another language also carries the German
text (``SearchDocument.german``, weight C), so the German official word finds it. The
statements are in ``postgres.py``.

Browse mode (no words) is answered from the cache, keyed by the index version token that
every index write (and every synonym change) replaces (search.indexing.changed), so nothing
stale is read. The version is read once per request (SearchRequest.token).

SQLite (``make run``): LIKE on the stems column (light stemmer of search.text, infix for
compounds), difflib against the vocabulary for typos, snippets in Python, facet counts with a
GROUP BY over SearchFacet.
"""

import difflib
import hashlib
import re
from dataclasses import replace
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Length

from .. import memo
from ..models import SearchDocument, SearchFacet, SearchTerm
from ..synonyms import cached_expansions, expansions
from ..text import normalise
from . import postgres
from .base import HIT_FIELDS, START, Hit, SearchResults, query_groups, snippet_html, spans

MIN_INFIX = 4
BROWSE_CACHE_SECONDS = 600
NOT_A_WORD = re.compile(r"\W+", re.UNICODE)


def _postgres():
    return connection.vendor == "postgresql"


class Corrector:
    """SQLite: the closest vocabulary word for a word that is not in the index of ``language``."""

    def __init__(self, language):
        self.language = language
        self._vocabulary = None

    def __call__(self, word):
        terms = SearchTerm.objects.filter(language=self.language)
        if terms.filter(term=word).exists():
            return None
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


def _lexeme(stem, weight=""):
    """A to_tsquery operand: the stem quoted, as a prefix (like the old ``LIKE ' stem%'``)."""
    clean = NOT_A_WORD.sub(" ", stem).strip()
    if not clean:
        return None
    return " & ".join(f"'{part}':*{weight}" for part in clean.split())


def _group_text(group, weight=""):
    """to_tsquery text of one word: its alternatives ORed, each an AND of prefix terms.

    ``group`` is (alternatives, exact): stems, synonyms and corrections match as prefixes;
    the vocabulary words that contain the word (compounds) are whole words, matched exactly.
    One-stem alternatives that extend another one-stem alternative add nothing to a prefix.
    """
    alternatives, exact = group
    singles = {alternative[0] for alternative in alternatives if len(alternative) == 1}
    parts = []
    for alternative in alternatives:
        if len(alternative) == 1 and any(
            other != alternative[0] and alternative[0].startswith(other) for other in singles
        ):
            continue
        terms = [_lexeme(stem, weight) for stem in alternative]
        if all(terms):
            parts.append(f"({' & '.join(terms)})")
    for term in exact:
        clean = NOT_A_WORD.sub(" ", term).strip()
        if clean:
            parts.append(
                "(" + " & ".join(f"'{part}'{':' + weight if weight else ''}" for part in clean.split()) + ")"
            )
    return " | ".join(dict.fromkeys(parts))


def _digest(parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


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
        if not request.words:
            return self.browse(request)
        if _postgres():
            return self.search_postgres(request)
        return self.search_like(request)

    def browse(self, request):
        """No words: title order with facets, cached per index version (see module docstring).

        Total and facets do not depend on the page: they are cached once per filter combination.
        """
        base = [
            request.token(),
            request.language,
            sorted((name, sorted(values)) for name, values in request.filters.items() if values),
            request.date_from,
            request.date_to,
        ]
        key = "search:browse:" + _digest(str(part) for part in [*base, request.page, request.page_size])
        results = cache.get(key)
        if results is None:
            if _postgres():
                statement = postgres.Statement(request)
                count, rows = statement.counts, statement.page
            else:
                queryset = self.filtered(request, self.documents(request))

                def count():
                    return self.counts(queryset)

                def rows():
                    return self.page(self.ordered(queryset, []), request)

            counts_key = "search:browse-counts:" + _digest(str(part) for part in base)
            counts = cache.get(counts_key)
            if counts is None:
                counts = count()
                cache.set(counts_key, counts, BROWSE_CACHE_SECONDS)
            total, facets = counts
            hits = [self.hit(document, []) for document in rows()]
            results = SearchResults(hits=hits, total=total, facets=facets, backend=self.name)
            cache.set(key, results, BROWSE_CACHE_SECONDS)
        return replace(results, hits=list(results.hits), facets=dict(results.facets))

    def page(self, ordered, request):
        offset = (request.page - 1) * request.page_size
        return list(ordered[offset : offset + request.page_size])

    def search_postgres(self, request):
        language = request.language
        plain = [normalise(word) for word in request.words]
        known = self.vocabulary(plain, language, request.token())

        def correct(word):
            return known.get(word, (None, ()))[0]

        synonyms = cached_expansions(language, request.token())
        groups: list[tuple[list[tuple[str, ...]], Any]] = []
        corrections: dict[str, str] = {}
        for span in spans(request.words, language, synonyms):
            span_groups, span_corrections = query_groups(span, language, synonyms, correct=correct)
            corrections.update(span_corrections)
            # Compounds containing the word (only words of MIN_INFIX letters are looked up);
            # a multi-word synonym term is matched by its words and its group's terms only.
            infix = known.get(normalise(span[0]), (None, ()))[1] if len(span) == 1 else ()
            groups.extend((group, infix) for group in span_groups)
        texts = [_group_text(group) for group in groups]
        if not any(texts):
            return SearchResults(hits=[], total=0, facets={}, corrections=corrections, backend=self.name)
        statement = postgres.Statement(
            request, [text for text in texts if text], title_group=_group_text(groups[0], weight="A")
        )
        total, facets, rows = statement.counts_and_page()
        all_stems = [stem for group, _exact in groups for alternative in group for stem in alternative]
        hits = [self.hit(document, all_stems) for document in rows]
        return SearchResults(
            hits=hits, total=total, facets=facets, corrections=corrections, backend=self.name
        )

    def search_like(self, request):
        """SQLite: LIKE on the stems columns (small databases of ``make run``); ``stems`` holds
        the German text's stems too (documents in another language, see indexing)."""
        groups, corrections = query_groups(
            request.words, request.language, expansions(request.language), correct=Corrector(request.language)
        )
        queryset = self.filtered(request, self.documents(request))
        condition = Q()
        for group in groups:
            either = Q()
            for alternative in group:
                either |= _alternative_q(alternative)
            condition &= either
        queryset = queryset.filter(condition)
        total, facets = self.counts(queryset)
        ordered = self.ordered(queryset, groups, request.language)
        all_stems = [stem for group in groups for alternative in group for stem in alternative]
        hits = [self.hit(document, all_stems) for document in self.page(ordered, request)]
        return SearchResults(
            hits=hits, total=total, facets=facets, corrections=corrections, backend=self.name
        )

    FIELDS = (*HIT_FIELDS, "body")

    def ordered(self, queryset, groups, language=None):
        """Browse: title order. Search: documents in the reader's language first (then those
        shown in German), then title match, then shorter titles."""
        fields = self.FIELDS
        if not groups:
            return queryset.order_by("title", "pk").only(*fields)
        first = groups[0]
        title_match = Q()
        for alternative in first:
            title_match |= _alternative_q(alternative, "title_stems")
        queryset = queryset.annotate(
            own_language=Case(
                When(text_language=language, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
            title_hit=Case(When(title_match, then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        return queryset.order_by("-own_language", "-title_hit", Length("title"), "pk").only(*fields)

    def hit(self, document, stems):
        """A Hit from an index document (a model instance, or a row of postgres.Statement.page)."""
        headline = getattr(document, "headline", None)  # ts_headline marks nothing without a match
        snippet = snippet_html(headline if headline and START in headline else None, document.body, stems)
        return Hit(snippet=snippet, **{name: getattr(document, name) for name in HIT_FIELDS})

    def counts(self, queryset):
        """(total, {name: [(value, label, count)]}) of the matching documents."""
        return queryset.count(), self.facet_counts(queryset)

    def facet_counts(self, queryset):
        rows = (
            SearchFacet.objects.filter(document__in=queryset.values("pk"))
            .values("name", "value", "label")
            .annotate(count=Count("document_id"))
            .order_by("name", "label")
        )
        result: dict[str, list[tuple[str, str, int]]] = {}
        for row in rows:
            result.setdefault(row["name"], []).append((row["value"], row["label"], row["count"]))
        return result

    def vocabulary(self, words, language, token):
        """postgres.vocabulary of the words that need it, each word looked up once per token.

        Only words of 4 or more letters are corrected or found inside compounds (numbers never):
        the others need no lookup at all.
        """
        wanted = [word for word in dict.fromkeys(words) if len(word) >= MIN_INFIX and not word.isdigit()]
        known = {word: memo.get((token, "vocabulary", language, word)) for word in wanted}
        missing = [word for word, found in known.items() if found is None]
        if missing:
            for word, found in postgres.vocabulary(missing, language, MIN_INFIX).items():
                memo.put((token, "vocabulary", language, word), found)
                known[word] = found
        return known

    def known_values(self, language, filters, token=None):
        """Only values that exist in the index (unknown ones are ignored).

        The values of the language are those of its browse page, cached per index version.
        """
        wanted = {(name, value) for name, values in filters.items() for value in values}
        if not wanted:
            return {}
        from .base import SearchRequest

        request = SearchRequest(query="", language=language, index_version=token)

        def existing_values():
            facets = self.browse(request).facets
            return {(name, value) for name, values in facets.items() for value, _label, _count in values}

        existing = memo.remembered((request.token(), "known", language), existing_values)
        known: dict[str, list[str]] = {}
        for name, values in filters.items():
            for value in values:
                if (name, value) in existing and value not in known.get(name, []):
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
