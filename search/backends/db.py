"""Database backend: our own index table, PostgreSQL full-text search or a plain SQLite path.

PostgreSQL: a stored tsvector per document in its text language's configuration (german,
english, russian, turkish, arabic, simple otherwise) with a GIN index on (language, vector)
(btree_gin), so the language filter and the text match are one index scan. Every word of the
query becomes one ``to_tsquery`` per configuration (search language and German for fallback
documents) that ORs its alternatives as prefix terms: stems, synonyms, a typo correction, and
for compounds the vocabulary words that contain it (``SearchTerm``, GIN trigram index, so
matching inside compounds never scans the documents). Typo correction (pg_trgm ``%`` on the
vocabulary, indexed) only runs for words that are not in the vocabulary. Ordering: title match,
``ts_rank``, title length. Total and facet counts: one query, a GROUP BY over the
``facet_keys`` column of the matching rows. ``ts_headline`` only for the rows of the page.

Browse mode (no words) is answered from the cache, keyed by the index version token that
every index write replaces (search.indexing.changed), so nothing stale is read.

SQLite (``make run``): LIKE on the stems column (light stemmer of search.text, infix for
compounds), difflib against the vocabulary for typos, snippets in Python, facet counts with a
GROUP BY over SearchFacet.
"""

import difflib
import hashlib
import re
from dataclasses import replace

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Length
from django.utils.html import escape

from ..indexing import version
from ..models import FACET_SEP, FIELD_SEP, SearchDocument, SearchFacet, SearchTerm, ts_config
from ..synonyms import expansions
from ..text import normalise
from .base import Hit, SearchResults, highlight, query_groups

START, STOP = "\x02", "\x03"
MIN_INFIX = 4
MAX_INFIX_TERMS = 40  # vocabulary words containing a query word that join its alternatives
BROWSE_CACHE_SECONDS = 600
NOT_A_WORD = re.compile(r"\W+", re.UNICODE)


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
            from django.contrib.postgres.lookups import TrigramSimilar
            from django.contrib.postgres.search import TrigramSimilarity

            best = (
                terms.filter(TrigramSimilar(F("term"), word))  # "%": uses the GIN trigram index
                .annotate(similarity=TrigramSimilarity("term", word))
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


def _group_query(group, language, weight=""):
    text = _group_text(group, weight)
    if not text:
        return None
    query = None
    for config in sorted({ts_config(language), "german"}):
        part = SearchQuery(text, config=config, search_type="raw")
        query = part if query is None else query | part
    return query


def _tsquery(groups, language, weight=""):
    """AND over the words (groups), one to_tsquery per configuration and word."""
    combined = None
    for group in groups:
        query = _group_query(group, language, weight)
        if query is not None:
            combined = query if combined is None else combined & query
    return combined


def _digest(parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _infix_terms(word, language):
    """Vocabulary words that contain ``word`` (compound parts), via the trigram index."""
    plain = normalise(word)
    if len(plain) < MIN_INFIX or plain.isdigit():
        return []
    return list(
        SearchTerm.objects.filter(language=language, term__contains=plain)
        .exclude(term=plain)
        .order_by(Length("term"), "term")
        .values_list("term", flat=True)[:MAX_INFIX_TERMS]
    )


class DatabaseBackend:
    name = "db"

    def documents(self, request):
        return SearchDocument.objects.filter(language=request.language, public=True)

    def filtered(self, request, queryset):
        for name, values in request.filters.items():
            if values and _postgres():  # a row filter on the documents matched by the index
                either = Q()
                for value in values:
                    either |= Q(facet_keys__contains=f"{FACET_SEP}{name}{FIELD_SEP}{value}{FIELD_SEP}")
                queryset = queryset.filter(either)
            elif values:
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
            version(),
            request.language,
            sorted((name, sorted(values)) for name, values in request.filters.items() if values),
            request.date_from,
            request.date_to,
        ]
        key = "search:browse:" + _digest(str(part) for part in [*base, request.page, request.page_size])
        results = cache.get(key)
        if results is None:
            queryset = self.filtered(request, self.documents(request))
            counts_key = "search:browse-counts:" + _digest(str(part) for part in base)
            counts = cache.get(counts_key)
            if counts is None:
                counts = self.counts(queryset)
                cache.set(counts_key, counts, BROWSE_CACHE_SECONDS)
            total, facets = counts
            ordered = self.ordered(queryset, [], None)
            hits = [self.hit(document, []) for document in self.page(ordered, request)]
            results = SearchResults(hits=hits, total=total, facets=facets, backend=self.name)
            cache.set(key, results, BROWSE_CACHE_SECONDS)
        return replace(results, hits=list(results.hits), facets=dict(results.facets))

    def page(self, ordered, request):
        offset = (request.page - 1) * request.page_size
        return list(ordered[offset : offset + request.page_size])

    def search_postgres(self, request):
        language = request.language
        synonyms = expansions(language)
        correct = Corrector(language)
        groups, corrections = [], {}
        for word in request.words:
            word_groups, word_corrections = query_groups([word], language, synonyms, correct=correct)
            corrections.update(word_corrections)
            for group in word_groups:
                groups.append((group, _infix_terms(word, language)))
        tsquery = _tsquery(groups, language)
        if tsquery is None:
            return SearchResults(hits=[], total=0, facets={}, corrections=corrections, backend=self.name)
        queryset = self.filtered(request, self.documents(request)).filter(vector=tsquery)
        title_query = _group_query(groups[0], language, weight="A")
        matching = queryset.annotate(
            title_hit=Case(
                When(vector=title_query, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
            rank=SearchRank(F("vector"), tsquery),
            title_length=Length("title"),
        ).values("id", "facet_keys", "title_hit", "rank", "title_length")
        total, facets, ids = self._counts_postgres(matching, request)
        hits = []
        if ids:
            headlines = (
                SearchDocument.objects.filter(pk__in=ids)
                .annotate(
                    headline=SearchHeadline(
                        "body",
                        tsquery,
                        start_sel=START,
                        stop_sel=STOP,
                        max_words=35,
                        min_words=15,
                        max_fragments=2,
                    )
                )
                .only(*self.FIELDS)
            )
            by_id = {document.pk: document for document in headlines}
            all_stems = [stem for group, _exact in groups for alternative in group for stem in alternative]
            hits = [self.hit(by_id[pk], all_stems) for pk in ids if pk in by_id]
        return SearchResults(
            hits=hits, total=total, facets=facets, corrections=corrections, backend=self.name
        )

    def search_like(self, request):
        """SQLite: LIKE on the stems columns (small databases of ``make run``)."""
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
        ordered = self.ordered(queryset, groups, None)
        all_stems = [stem for group in groups for alternative in group for stem in alternative]
        hits = [self.hit(document, all_stems) for document in self.page(ordered, request)]
        return SearchResults(
            hits=hits, total=total, facets=facets, corrections=corrections, backend=self.name
        )

    FIELDS = ("object_type", "title", "url", "town", "date", "text_language", "fallback", "body")

    def ordered(self, queryset, groups, tsquery):
        fields = self.FIELDS
        if not groups:
            return queryset.order_by("title", "pk").only(*fields)
        first = groups[0]
        title_match = Q()
        for alternative in first:
            title_match |= _alternative_q(alternative, "title_stems")
        queryset = queryset.annotate(
            title_hit=Case(When(title_match, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
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

    def counts(self, queryset):
        """(total, {name: [(value, label, count)]}) of the matching documents."""
        if _postgres():
            total, facets, _ids = self._counts_postgres(queryset.values("id", "facet_keys"))
            return total, facets
        return queryset.count(), self.facet_counts(queryset)

    def _counts_postgres(self, matching, request=None):
        """One query over the matching rows: total, facet counts (GROUP BY over facet_keys) and,
        with ``request``, the ids of its page (ordered by title hit, rank, title length)."""
        inner, params = matching.order_by().query.sql_with_params()
        parts = [
            "WITH matching AS MATERIALIZED (",
            inner,
            ") SELECT 0, key, count(*) FROM (SELECT unnest(string_to_array(facet_keys, %s)) AS key "
            "FROM matching) AS keys WHERE key <> '' GROUP BY key "
            "UNION ALL SELECT 1, NULL, count(*) FROM matching",
        ]
        params = [*params, FACET_SEP]
        if request is not None:
            parts.append(
                " UNION ALL (SELECT 2, NULL, id FROM matching "
                "ORDER BY title_hit DESC, rank DESC, title_length, id LIMIT %s OFFSET %s)"
            )
            params += [request.page_size, (request.page - 1) * request.page_size]
        # ``inner`` is SQL compiled by the ORM; all values are parameters.
        with connection.cursor() as cursor:
            cursor.execute("".join(parts), params)
            rows = cursor.fetchall()
        total, result, ids = 0, {}, []
        for kind, key, count in rows:
            if kind == 1:
                total = count
            elif kind == 2:
                ids.append(count)
            else:
                name, value, label = (key.split(FIELD_SEP, 2) + ["", ""])[:3]
                result.setdefault(name, []).append((value, label, count))
        for values in result.values():
            values.sort(key=lambda item: (item[1], item[0]))
        return total, dict(sorted(result.items())), ids

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
        """Only values that exist in the index (unknown ones are ignored).

        The values of the language are the facets of its browse page (cached per index version).
        """
        wanted = {(name, value) for name, values in filters.items() for value in values}
        if not wanted:
            return {}
        from .base import SearchRequest

        facets = self.browse(SearchRequest(query="", language=language)).facets
        existing = {(name, value) for name, values in facets.items() for value, _label, _count in values}
        known = {}
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
