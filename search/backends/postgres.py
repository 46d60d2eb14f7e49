"""PostgreSQL query layer of the database backend: plain SQL on the index, one or two round trips.

A search with words costs at most three statements, whatever the number of words, sent in at
most two round trips (2. and 3. together; the index version of the request is read before,
see forms.parse):

1. ``vocabulary``: for every query word at once, whether the index knows it, the closest known
   word when it does not (pg_trgm ``%`` on the GIN trigram index of ``SearchTerm``) and the
   known words that contain it (compounds: "kurs" → "sprachkurs"). Only for words of four
   letters or more that this process has not looked up under the index version yet
   (DatabaseBackend.vocabulary, search.memo): a repeated word costs no statement;
2. ``facet counts`` of the matching documents: one GROUP BY over the integers of their
   ``facet_ids`` (joined to ``FacetValue`` for names and labels afterwards, on the few groups).
   Every document has exactly one ``type`` facet, so the total is the sum of the type counts;
3. ``page``: the ids of the requested page (documents in the reader's language first, then title
   match, ``ts_rank``, title length), and only
   for those rows the fields of the hit and ``ts_headline`` in the document's own configuration.

Browse mode (no words) runs 2. and 3. without the text condition, ordered by title (index
``search_doc_browse``); DatabaseBackend caches it per index version.

The ORM is not used here on purpose: compiling querysets cost more than the statements on
small result sets. Every value is a query parameter; the SQL text is built from constants.
"""

import re
from types import SimpleNamespace

from django.conf import settings
from django.db import connection

from ..models import ts_config
from .base import HIT_FIELDS

COLUMNS = ("id", *HIT_FIELDS, "body")  # of a page row; the headline (or NULL) follows
SELECT_COLUMNS = ", ".join(f"d.{column}" for column in COLUMNS)

SIMILARITY = 0.45  # typo correction: the best vocabulary word above this pg_trgm similarity
MAX_INFIX_TERMS = 40  # vocabulary words containing a query word that join its alternatives
HEADLINE_OPTIONS = "StartSel=\x02, StopSel=\x03, MaxWords=35, MinWords=15, MaxFragments=2"

VOCABULARY_SQL = """
SELECT w.word,
       CASE WHEN EXISTS (SELECT 1 FROM search_searchterm t WHERE t.language = %s AND t.term = w.word)
            THEN NULL
            ELSE (SELECT t.term FROM search_searchterm t
                  WHERE t.language = %s AND t.term %% w.word AND similarity(t.term, w.word) > %s
                  ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT 1)
       END,
       ARRAY(SELECT t.term FROM search_searchterm t
             WHERE w.infix AND t.language = %s AND t.term LIKE w.pattern ESCAPE '!' AND t.term <> w.word
             ORDER BY length(t.term), t.term LIMIT %s)
FROM unnest(%s::text[], %s::text[], %s::boolean[]) AS w(word, pattern, infix)
"""


def vector_index_name(language):
    return "search_doc_vector_" + language.replace("-", "_")


def ensure_vector_indexes(cursor):
    """One partial GIN index on ``vector`` per language (``WHERE language = 'de'``).

    A search is always in one language. With one index over all languages, a common word's
    posting list holds every language's documents and is intersected with the language's;
    the partial index of the language holds only its own, which makes common words several
    times cheaper. Created by migration 0007 for the configured languages and, for a language
    added later, by ``rebuild_search``.
    """
    for language, _name in settings.LANGUAGES:
        if not re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)*", language):
            raise ValueError(f"not a language code: {language!r}")
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {vector_index_name(language)} ON search_searchdocument "
            f"USING gin (vector) WHERE language = '{language}'"
        )


def _like_pattern(word):
    escaped = word.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"


def vocabulary(words, language, infix_min):
    """{word: (correction or None, (known words containing it, ...))} for normalised words.

    Both lookups use the GIN trigram index ``search_term_trgm`` (``%`` and ``LIKE '%word%'``);
    the correction is only looked for when the word itself is not in the vocabulary.
    """
    if not words:
        return {}
    infix = [len(word) >= infix_min and not word.isdigit() for word in words]
    patterns = [_like_pattern(word) for word in words]
    params = [language, language, SIMILARITY, language, MAX_INFIX_TERMS, list(words), patterns, infix]
    with connection.cursor() as cursor:
        cursor.execute(VOCABULARY_SQL, params)
        return {word: (correction, tuple(parts)) for word, correction, parts in cursor.fetchall()}


class Statement:
    """The WHERE clause of one search (language, filters, dates, text) and its parameters."""

    def __init__(self, request, groups=None, title_group=None):
        self.request = request
        self.where = ["d.language = %s", "d.public"]
        self.params = [request.language]
        self.query_sql, self.query_params = None, []
        if groups:
            self.query_sql, self.query_params = _tsquery_sql(groups, request.language)
            self.title_sql, self.title_params = _tsquery_sql([title_group], request.language)
            self.where.append(f"d.vector @@ ({self.query_sql})")
            self.params += self.query_params
        for name, values in sorted(request.filters.items()):
            if values:  # any of the values (an InitPlan: the ids are looked up once)
                self.where.append(
                    "d.facet_ids && ARRAY(SELECT v.id FROM search_facetvalue v "
                    "WHERE v.name = %s AND v.value = ANY(%s))"
                )
                self.params += [name, list(values)]
        if request.date_from:
            self.where.append("d.date >= %s")
            self.params.append(request.date_from)
        if request.date_to:
            self.where.append("d.date <= %s")
            self.params.append(request.date_to)

    @property
    def condition(self):
        return " AND ".join(self.where)

    def counts(self):
        """(total, {name: [(value, label, count)]}) of the matching documents."""
        with connection.cursor() as cursor:
            cursor.execute(*self._counts_sql())
            return _facets(cursor.fetchall())

    def page(self):
        """The documents of the requested page: COLUMNS and ``headline`` (None in browse mode)."""
        with connection.cursor() as cursor:
            cursor.execute(*self._page_sql())
            return _rows(cursor.fetchall())

    def counts_and_page(self):
        """``counts()`` and ``page()`` in one round trip (two statements, two result sets)."""
        counts_sql, counts_params = self._counts_sql()
        page_sql, page_params = self._page_sql()
        with connection.cursor() as cursor:
            cursor.execute(f"{counts_sql};\n{page_sql}", [*counts_params, *page_params])
            total, facets = _facets(cursor.fetchall())
            cursor.nextset()
            return total, facets, _rows(cursor.fetchall())

    def _counts_sql(self):
        sql = (
            "SELECT v.name, v.value, v.label, counts.n FROM (SELECT ids.id, count(*) AS n "
            f"FROM (SELECT unnest(d.facet_ids) AS id FROM search_searchdocument d WHERE {self.condition}) "
            "AS ids GROUP BY ids.id) AS counts JOIN search_facetvalue v ON v.id = counts.id"
        )
        return sql, self.params

    def _page_sql(self):
        request = self.request
        offset = (request.page - 1) * request.page_size
        if self.query_sql is None:
            sql = (
                f"SELECT {SELECT_COLUMNS}, NULL FROM search_searchdocument d WHERE {self.condition} "
                "ORDER BY d.title, d.id LIMIT %s OFFSET %s"
            )
            return sql, [*self.params, request.page_size, offset]
        sql = (
            "WITH page AS (SELECT d.id, (d.text_language = %s) AS own_language, "
            f"(d.vector @@ ({self.title_sql})) AS title_hit, "
            f"ts_rank(d.vector, {self.query_sql}) AS rank, length(d.title) AS title_length "
            f"FROM search_searchdocument d WHERE {self.condition} "
            "ORDER BY own_language DESC, title_hit DESC, rank DESC, title_length, d.id LIMIT %s OFFSET %s) "
            f"SELECT {SELECT_COLUMNS}, ts_headline(d.ts_config::regconfig, d.body, {self.query_sql}, %s) "
            "FROM page JOIN search_searchdocument d ON d.id = page.id "
            "ORDER BY page.own_language DESC, page.title_hit DESC, page.rank DESC, page.title_length, d.id"
        )
        params = [
            request.language,
            *self.title_params,
            *self.query_params,
            *self.params,
            request.page_size,
            offset,
            *self.query_params,
            HEADLINE_OPTIONS,
        ]
        return sql, params


def _facets(rows):
    """(total, {name: [(value, label, count)]}) from the rows of the counts statement."""
    facets: dict[str, list[tuple[str, str, int]]] = {}
    for name, value, label, count in rows:
        facets.setdefault(name, []).append((value, label, count))
    for values in facets.values():
        values.sort(key=lambda item: (item[1], item[0]))
    total = sum(count for _value, _label, count in facets.get("type", []))
    return total, dict(sorted(facets.items()))


def _rows(rows):
    return [SimpleNamespace(**dict(zip((*COLUMNS, "headline"), row, strict=True))) for row in rows]


def _tsquery_sql(groups, language):
    """AND over the words; each word one ``to_tsquery`` per configuration, ORed."""
    configs = sorted({ts_config(language), "german"})
    parts, params = [], []
    for text in groups:
        parts.append("(" + " || ".join(["to_tsquery(%s::regconfig, %s)"] * len(configs)) + ")")
        for config in configs:
            params += [config, text]
    return " && ".join(parts), params
