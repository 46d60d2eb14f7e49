"""Elasticsearch 8 backend: one index per language, mirrored from the database index.

- Index ``<ELASTICSEARCH_INDEX>-<language>`` built from the elasticsearch-dsl Document class of
  that language (``es_documents.document_class``): custom language analyzers, a German
  sub-field ``.de`` for documents that fall back to German, keyword facet fields. When the
  engine refuses the language chain (e.g. a stemmer it lacks), the index is created with
  plain analyzers (standard + lowercase) and a log warning.
- Documents are built from search.SearchDocument rows (the database stays the source of truth)
  and written with ``elasticsearch.helpers.bulk``, so switching SEARCH_BACKEND and running
  ``rebuild_search`` is all it takes.
- Synonyms: a ``synonym_graph`` filter (``updateable``) in the search analyzers, fed from the
  editors' search.Synonym rows of the index language. Saving or deleting a Synonym (signal)
  calls ``update_synonyms``: close the index, put the new analysis settings, open it again, no
  reindex (searches during the few milliseconds of the close answer from the database).
  Whether the engine really applies such a filter is probed once per engine URL (a throw-away
  index, one document, one search); an engine that refuses or ignores it gets a warning in the
  log, indexes without the filter, and query-time expansion from the Synonym table (as in the
  database backend) instead.
- Query: every word an OR group (its stems, and the synonyms when expanded at query time),
  multi_match with fuzziness AUTO over the text and ``german`` (the German text of a document
  in another language, searched, never shown); sorted by ``own_language`` (the reader's
  language first), then score; facets from terms aggregations; highlighting with sentinel
  tags that are escaped and turned into <mark> here.
- Unreachable or slow (ELASTICSEARCH_TIMEOUT) → SearchUnavailable → the database answers.

Also probed: whether custom ``stemmer`` filters work. Where they do not, the indexes use the
language chains without stemmer filters, or Elasticsearch's built-in german/english/russian
analyzers where no synonym filter will be needed (they stem there).

What osmem-server (the in-memory engine of the tests, 0.1.6) cannot check. It accepts and
stores all these settings, without an error, but:

- ignores synonym_graph (and synonym) filters when analysing (a warning on its stderr): the
  tests therefore run the query-time fallback; the settings-update path (close, put settings,
  open) is checked through the stored settings with the probe result forced to "applies";
- makes every document match when a custom ``stemmer`` filter is in the chain: the tests run
  with the built-in german/english/russian analyzers and the arabic/turkish/persian chains
  without their stemmers, so the light_german, english, russian, turkish and arabic stemmer
  filters and the position of the synonym filter before them are not checked against an engine;
- ignores german_normalization, arabic_normalization, persian_normalization, the dictionary
  decompounder (compound parts come from the query's wildcard clauses there), char filters
  (Persian ZWNJ) and ``lenient``; ``updateable`` is stored but means nothing there;
- has no ``_reload_search_analyzers`` and no cluster shard allocation to wait for after open;
- applies synonyms and decompounding in its ``_analyze`` API, unlike in searches, so that API
  cannot serve as the probe.

The analyzer chains themselves are tested on the generated Index objects
(tests/search/test_elasticsearch_index.py); a real Elasticsearch 8 must confirm stemming,
decompounding and synonym graphs (rebuild_search, then search "Kita" with a synonym group).
"""

import logging
from typing import Any

from django.conf import settings
from elastic_transport import Urllib3HttpNode

from ..models import SearchDocument, SearchFacet
from ..synonyms import expansions
from .base import START, STOP, Hit, SearchResults, SearchUnavailable, query_groups, snippet_html, spans
from .es_documents import FACET_NAMES, document_class, index_name, synonym_rules

logger = logging.getLogger("kreisnetz.search")
SEPARATOR = "\x1f"


class CompatibleNode(Urllib3HttpNode):
    """The client's 'compatible-with=8' media type as plain JSON (osmem and proxies refuse it)."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):  # type: ignore[override]
        if headers:
            headers = headers.copy()
            for key in ("accept", "content-type"):
                if key in headers and "compatible-with" in str(headers[key]):
                    headers[key] = "application/json"
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


def _errors():
    from elasticsearch import ApiError, TransportError

    return (TransportError, ApiError, OSError)


# engine URL -> {"synonyms": bool, "updateable": bool, "stemmers": bool}
_probed: dict[str, dict[str, bool]] = {}


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self):
        from elasticsearch import Elasticsearch

        self.client = Elasticsearch(
            settings.ELASTICSEARCH_URL,
            node_class=CompatibleNode,
            request_timeout=settings.ELASTICSEARCH_TIMEOUT,
            max_retries=0,
            retry_on_timeout=False,
        )

    def index_name(self, language):
        return index_name(language)

    # --- what the engine can do ------------------------------------------------------------
    def capabilities(self):
        """What the engine really applies (probed once per engine URL, see ``_probe``)."""
        url = settings.ELASTICSEARCH_URL
        if url not in _probed:
            try:
                _probed[url] = self._probe()
            except _errors() as error:
                raise SearchUnavailable(str(error)) from error
            if not _probed[url]["synonyms"]:
                logger.warning(
                    "search engine at %s does not apply synonym filters; synonyms are expanded at query time",
                    url,
                )
            if not _probed[url]["stemmers"]:
                logger.warning("search engine at %s mishandles stemmer filters; indexing without them", url)
        return _probed[url]

    def _probe(self):
        """{"synonyms", "updateable", "stemmers"}: one throw-away index, two documents, two searches.

        Functional, not by refusal: osmem accepts such settings and ignores (synonyms) or
        mishandles (custom stemmer filters make every document match) them.
        """
        from elasticsearch import BadRequestError

        name = f"{settings.ELASTICSEARCH_INDEX}-probe".lower()
        for updateable in (True, False):
            synonyms = {"type": "synonym_graph", "synonyms": ["alpha, beta"], "lenient": True}
            if updateable:
                synonyms["updateable"] = True
            analysis = {
                "filter": {
                    "probe_synonyms": synonyms,
                    "probe_stemmer": {"type": "stemmer", "language": "light_german"},
                },
                "analyzer": {
                    "probe_synonyms": {"tokenizer": "standard", "filter": ["lowercase", "probe_synonyms"]},
                    "probe_stemmer": {"tokenizer": "standard", "filter": ["lowercase", "probe_stemmer"]},
                },
            }
            properties = {
                "s": {"type": "text", "analyzer": "standard", "search_analyzer": "probe_synonyms"},
                "k": {"type": "text", "analyzer": "probe_stemmer"},
            }
            self.client.indices.delete(index=name, ignore_unavailable=True)
            try:
                self.client.indices.create(
                    index=name, settings={"analysis": analysis}, mappings={"properties": properties}
                )
            except BadRequestError:
                continue
            try:
                self.client.index(index=name, id="1", document={"s": "beta", "k": "Kurse"})
                self.client.index(index=name, id="2", document={"s": "gamma", "k": "Haus"}, refresh=True)

                def ids(field, text):
                    hits = self.client.search(index=name, query={"match": {field: text}})["hits"]["hits"]
                    return [hit["_id"] for hit in hits]

                return {
                    "synonyms": ids("s", "alpha") == ["1"],
                    "updateable": updateable,
                    "stemmers": ids("k", "Kurs") == ["1"],
                }
            finally:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        return {"synonyms": False, "updateable": False, "stemmers": True}

    def document_class(self, language, plain=False):
        capabilities = self.capabilities()
        rules = synonym_rules(language) if capabilities["synonyms"] else ()
        return document_class(
            language,
            rules,
            updateable=capabilities["updateable"],
            plain=plain,
            stemmers=capabilities["stemmers"],
            built_in=not capabilities["synonyms"],
        )

    # --- index -----------------------------------------------------------------------------
    def ensure_index(self, language):
        from elasticsearch import BadRequestError

        name = self.index_name(language)
        if self.client.indices.exists(index=name):
            return
        try:
            self.document_class(language)._index.create(using=self.client)
        except BadRequestError as error:
            logger.warning(
                "language analysis of %s refused by the search engine (%s), using plain analyzers",
                language,
                error.message,
            )
            self.document_class(language, plain=True)._index.create(using=self.client)

    def update_synonyms(self, language):
        """Put the editors' current synonyms into the search analyzers of ``language``'s index."""
        from elasticsearch import BadRequestError

        if not self.capabilities()["synonyms"]:
            return  # expanded at query time from the Synonym table
        name = self.index_name(language)
        try:
            if not self.client.indices.exists(index=name):
                self.ensure_index(language)
                return
            plain = self._is_plain(name, language)
            analysis = self.document_class(language, plain=plain)._index.to_dict()["settings"]["analysis"]
            self.client.indices.close(index=name)
            try:
                self.client.indices.put_settings(index=name, settings={"analysis": analysis})
                self.client.indices.open(index=name)
            except BadRequestError as error:
                # Refused (at put or at open): back to the analysis without synonyms, and expand
                # them at query time from now on.
                logger.warning(
                    "synonyms of %s refused by the search engine (%s), expanding them at query time",
                    language,
                    error.message,
                )
                capabilities = self.capabilities()
                capabilities["synonyms"] = False
                without = document_class(
                    language, (), plain=plain, stemmers=capabilities["stemmers"], built_in=False
                )._index.to_dict()["settings"]["analysis"]
                self.client.indices.put_settings(index=name, settings={"analysis": without})
                self.client.indices.open(index=name)
            self.client.cluster.health(
                index=name, wait_for_status="yellow", timeout=f"{settings.ELASTICSEARCH_TIMEOUT}s"
            )
        except _errors() as error:
            raise SearchUnavailable(str(error)) from error

    def _is_plain(self, name, language):
        """Whether the index was created with the plain analyzers (the language chain refused)."""
        analysis = self.client.indices.get_settings(index=name)[name]["settings"]["index"].get("analysis", {})
        analyzer = analysis.get("analyzer", {}).get(f"kn_{language.replace('-', '_')}_index", {})
        return list(analyzer.get("filter", [])) == ["lowercase"]

    def _source(self, document, facets):
        source = {
            "title": document.title,
            "body": document.body,
            "german": document.german,
            "own_language": document.text_language == document.language,
            "object_type": document.object_type,
            "town": document.town,
            "date": document.date.isoformat() if document.date else None,
            "url": document.url,
            "text_language": document.text_language,
            "title_language": document.title_language,
            "body_language": document.body_language,
            "fallback": document.fallback,
        }
        for name, value, label in facets:
            source.setdefault(f"f_{name}", []).append(value)
            source.setdefault(f"fl_{name}", []).append(f"{value}{SEPARATOR}{label}")
        return source

    def _actions(self, documents):
        facets: dict[int, list[tuple[str, str, str]]] = {}
        for row in SearchFacet.objects.filter(document__in=documents).values_list(
            "document_id", "name", "value", "label"
        ):
            facets.setdefault(row[0], []).append(row[1:])
        classes = {}
        for document in documents:
            if document.language not in classes:
                classes[document.language] = document_class(document.language)
            doc = classes[document.language](
                meta={"id": f"{document.model_label}:{document.object_id}"},
                **self._source(document, facets.get(document.pk, [])),
            )
            yield doc.to_dict(include_meta=True)

    def update_object(self, obj, fresh):
        from elasticsearch.helpers import bulk

        key = f"{obj._meta.label_lower}:{obj.pk}"
        try:
            documents = list(
                SearchDocument.objects.filter(model_label=obj._meta.label_lower, object_id=obj.pk)
            )
            indexed = {document.language for document in documents}
            for code, _name in settings.LANGUAGES:
                self.ensure_index(code)
            deletes = [
                {"_op_type": "delete", "_index": self.index_name(code), "_id": key}
                for code, _name in settings.LANGUAGES
                if code not in indexed
            ]
            bulk(self.client, [*deletes, *self._actions(documents)], refresh=True, ignore_status=(404,))
        except _errors() as error:
            raise SearchUnavailable(str(error)) from error

    def remove(self, model_labels, object_ids):
        from elasticsearch.helpers import bulk

        actions = [
            {"_op_type": "delete", "_index": self.index_name(code), "_id": f"{label}:{pk}"}
            for code, _name in settings.LANGUAGES
            for label in model_labels
            for pk in object_ids
        ]
        try:
            bulk(self.client, actions, refresh=True, ignore_status=(404,))
        except _errors() as error:
            raise SearchUnavailable(str(error)) from error

    def rebuild(self, progress=None, batch_size=500):
        from elasticsearch.helpers import bulk

        try:
            for code, _name in settings.LANGUAGES:
                self.client.indices.delete(index=self.index_name(code), ignore_unavailable=True)
                self.ensure_index(code)
            queryset = SearchDocument.objects.order_by("pk")
            total = queryset.count()
            for start in range(0, total, batch_size):
                bulk(self.client, self._actions(list(queryset[start : start + batch_size])))
                if progress:
                    progress(f"Elasticsearch: {min(start + batch_size, total)}/{total}")
            for code, _name in settings.LANGUAGES:
                self.client.indices.refresh(index=self.index_name(code))
        except _errors() as error:
            raise SearchUnavailable(str(error)) from error

    def health(self):
        try:
            return "ok" if self.client.ping() else "unavailable"
        except _errors():
            return "unavailable"

    # --- query -----------------------------------------------------------------------------
    def known_values(self, language, filters, token=None):
        from .db import DatabaseBackend

        return DatabaseBackend().known_values(language, filters, token)

    def _query(self, groups):
        fields = ["title^3", "title.de^3", "body", "body.de", "german^0.5"]
        must = []
        for group in groups:
            should: list[dict[str, Any]] = [
                {
                    "multi_match": {
                        "query": " ".join(alternative),
                        "fields": fields,
                        "fuzziness": "AUTO",
                        "operator": "and",
                    }
                }
                for alternative in group
            ]
            # Compound parts and prefixes: the word inside longer indexed words ("kurs", "Sprach").
            should += [
                {"wildcard": {field: {"value": f"*{alternative[0]}*"}}}
                for alternative in group
                if len(alternative) == 1 and len(alternative[0]) >= 4
                for field in ("title.de", "body.de", "german")
            ]
            must.append({"bool": {"should": should, "minimum_should_match": 1}})
        return {"bool": {"must": must}} if must else {"match_all": {}}

    def search(self, request):
        from elasticsearch_dsl import Search

        # Synonyms come from the search analyzer; expanded here only where the engine can't.
        synonyms = {} if self.capabilities()["synonyms"] else expansions(request.language)
        groups, _corrections = query_groups(request.words, request.language, synonyms)
        # The engine's fuzziness handles typos; query words (not only stems) go to its analyzer.
        words = spans(request.words, request.language, synonyms)
        groups = [
            [*group, tuple(word.lower() for word in span)] for group, span in zip(groups, words, strict=False)
        ]
        search = Search(using=self.client, index=self.index_name(request.language)).query(self._query(groups))
        for name, values in request.filters.items():
            if values:
                search = search.filter("terms", **{f"f_{name}": values})
        if request.date_from or request.date_to:
            bounds = {}
            if request.date_from:
                bounds["gte"] = request.date_from.isoformat()
            if request.date_to:
                bounds["lte"] = request.date_to.isoformat()
            search = search.filter("range", date=bounds)
        for name in FACET_NAMES:
            search.aggs.bucket(name, "terms", field=f"fl_{name}", size=100)
        if groups:  # the reader's language first, then the engine's relevance
            search = search.sort({"own_language": {"order": "desc"}}, "_score", "title.raw")
        else:
            search = search.sort("title.raw")
        search = search.highlight(
            "body", pre_tags=[START], post_tags=[STOP], fragment_size=200, number_of_fragments=1
        )
        offset = (request.page - 1) * request.page_size
        search = search.extra(from_=offset, size=request.page_size, track_total_hits=True)
        try:
            response = search.execute()
        except _errors() as error:
            raise SearchUnavailable(str(error)) from error
        all_stems = [stem for group in groups for alternative in group for stem in alternative]
        hits = [self._hit(hit, all_stems) for hit in response.hits]
        facets = {}
        for name in FACET_NAMES:
            buckets = (
                getattr(response.aggregations, name).buckets if hasattr(response, "aggregations") else []
            )
            values = []
            for bucket in buckets:
                value, _sep, label = bucket.key.partition(SEPARATOR)
                values.append((value, label, bucket.doc_count))
            if values:
                facets[name] = sorted(values, key=lambda item: item[1])
        return SearchResults(hits=hits, total=response.hits.total.value, facets=facets, backend=self.name)

    def _hit(self, hit, stems):
        fragments = (
            getattr(getattr(hit.meta, "highlight", None), "body", None)
            if hasattr(hit.meta, "highlight")
            else None
        )
        return Hit(
            object_type=hit.object_type,
            title=hit.title,
            snippet=snippet_html(fragments[0] if fragments else None, hit.body, stems),
            url=hit.url,
            town=hit.town or "",
            date=_date(getattr(hit, "date", None)),
            text_language=hit.text_language,
            fallback=hit.fallback,
            title_language=getattr(hit, "title_language", "") or "",
            body_language=getattr(hit, "body_language", "") or "",
        )


def _date(value):
    import datetime

    if not value:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])
