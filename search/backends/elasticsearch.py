"""Elasticsearch 8 backend: one index per language, mirrored from the database index.

- Index ``<ELASTICSEARCH_INDEX>-<language>``; ``title`` and ``body`` use the language's analyzer
  (``ANALYZERS``) with a German sub-field (``.de``) for documents that fall back to German.
  An analyzer the cluster refuses (osmem has no arabic/turkish/persian) is replaced by
  ``standard`` with a log warning.
- Documents are built from search.SearchDocument rows (the database stays the source of truth),
  so switching SEARCH_BACKEND and running ``rebuild_search`` is all it takes.
- Query: every word an OR group (its stems, the editors' synonyms), multi_match with
  fuzziness AUTO; facets from terms aggregations; highlighting with sentinel tags that are
  escaped and turned into <mark> here.
- Synonyms are expanded at query time from the Synonym table (as in the database backend), so
  a change takes effect at once without reindexing; ``update_synonyms`` has nothing to rebuild.
- Unreachable or slow (ELASTICSEARCH_TIMEOUT) → SearchUnavailable → the database answers.

Not checkable against osmem-server in the tests: real stemming of the german/english/russian
analyzers, the arabic/turkish/persian analyzers, decompounding (Sprachkurs ← kurs).
"""

import contextlib
import logging
import re

from django.conf import settings
from django.utils.html import escape
from elastic_transport import Urllib3HttpNode

from ..models import SearchDocument, SearchFacet
from ..synonyms import expansions
from .base import Hit, SearchResults, SearchUnavailable, highlight, query_groups

logger = logging.getLogger("kreisnetz.search")
ANALYZERS = {
    "de": "german",
    "de-x-ls": "german",
    "en": "english",
    "ru": "russian",
    "ar": "arabic",
    "tr": "turkish",
    "fa": "persian",
}
START, STOP = "\x02", "\x03"
FACET_NAMES = ("type", "town", "category", "language", "target_group", "free")
SEPARATOR = "\x1f"


class CompatibleNode(Urllib3HttpNode):
    """The client's 'compatible-with=8' media type as plain JSON (osmem and proxies refuse it)."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers:
            headers = headers.copy()
            for key in ("accept", "content-type"):
                if key in headers and "compatible-with" in str(headers[key]):
                    headers[key] = "application/json"
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


def _errors():
    from elasticsearch import ApiError, TransportError

    return (TransportError, ApiError, OSError)


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
        return f"{settings.ELASTICSEARCH_INDEX}-{language}".lower()

    # --- index -----------------------------------------------------------------------------
    def _mapping(self, analyzer):
        text = {
            "type": "text",
            "analyzer": analyzer,
            "fields": {"de": {"type": "text", "analyzer": "german"}},
        }
        properties = {
            "title": {**text, "fields": {**text["fields"], "raw": {"type": "keyword"}}},
            "body": text,
            "object_type": {"type": "keyword"},
            "town": {"type": "keyword"},
            "date": {"type": "date"},
            "url": {"type": "keyword"},
            "text_language": {"type": "keyword"},
            "fallback": {"type": "boolean"},
        }
        for name in FACET_NAMES:
            properties[f"f_{name}"] = {"type": "keyword"}
            properties[f"fl_{name}"] = {"type": "keyword"}
        return {"properties": properties}

    def ensure_index(self, language):
        from elasticsearch import BadRequestError

        name = self.index_name(language)
        if self.client.indices.exists(index=name):
            return
        analyzer = ANALYZERS.get(language, "standard")
        try:
            self.client.indices.create(index=name, mappings=self._mapping(analyzer))
        except BadRequestError:
            logger.warning(
                "analyzer %s refused by the search engine, using standard for %s", analyzer, language
            )
            self.client.indices.create(index=name, mappings=self._mapping("standard"))

    def _source(self, document, facets):
        source = {
            "title": document.title,
            "body": document.body,
            "object_type": document.object_type,
            "town": document.town,
            "date": document.date.isoformat() if document.date else None,
            "url": document.url,
            "text_language": document.text_language,
            "fallback": document.fallback,
        }
        for name, value, label in facets:
            source.setdefault(f"f_{name}", []).append(value)
            source.setdefault(f"fl_{name}", []).append(f"{value}{SEPARATOR}{label}")
        return source

    def _actions(self, documents):
        facets = {}
        for row in SearchFacet.objects.filter(document__in=documents).values_list(
            "document_id", "name", "value", "label"
        ):
            facets.setdefault(row[0], []).append(row[1:])
        for document in documents:
            yield {
                "_index": self.index_name(document.language),
                "_id": f"{document.model_label}:{document.object_id}",
                "_source": self._source(document, facets.get(document.pk, [])),
            }

    def update_object(self, obj, fresh):
        from elasticsearch import NotFoundError
        from elasticsearch.helpers import bulk

        try:
            for code, _name in settings.LANGUAGES:
                self.ensure_index(code)
                with contextlib.suppress(NotFoundError):
                    self.client.delete(
                        index=self.index_name(code), id=f"{obj._meta.label_lower}:{obj.pk}", refresh=True
                    )
            documents = list(
                SearchDocument.objects.filter(model_label=obj._meta.label_lower, object_id=obj.pk)
            )
            if documents:
                bulk(self.client, self._actions(documents), refresh=True)
        except _errors() as error:
            raise SearchUnavailable(str(error)) from error

    def remove(self, model_labels, object_ids):
        from elasticsearch import NotFoundError

        try:
            for code, _name in settings.LANGUAGES:
                for label in model_labels:
                    for pk in object_ids:
                        with contextlib.suppress(NotFoundError):
                            self.client.delete(index=self.index_name(code), id=f"{label}:{pk}", refresh=True)
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

    def update_synonyms(self, language):
        """Synonyms are expanded at query time: nothing to rebuild."""

    def health(self):
        try:
            return "ok" if self.client.ping() else "unavailable"
        except _errors():
            return "unavailable"

    # --- query -----------------------------------------------------------------------------
    def known_values(self, language, filters):
        from .db import DatabaseBackend

        return DatabaseBackend().known_values(language, filters)

    def _query(self, groups):
        fields = ["title^3", "title.de^3", "body", "body.de"]
        must = []
        for group in groups:
            should = [
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
                for field in ("title.de", "body.de")
            ]
            must.append({"bool": {"should": should, "minimum_should_match": 1}})
        return {"bool": {"must": must}} if must else {"match_all": {}}

    def search(self, request):
        from elasticsearch_dsl import Search

        groups, _corrections = query_groups(request.words, request.language, expansions(request.language))
        # The engine's fuzziness handles typos; query words (not only stems) go to its analyzer.
        groups = [[*group, (word.lower(),)] for group, word in zip(groups, request.words, strict=False)]
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
        if not groups:
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
        if fragments:
            snippet = escape(fragments[0]).replace(START, "<mark>").replace(STOP, "</mark>")
        else:
            snippet = highlight(hit.body, stems)
        return Hit(
            object_type=hit.object_type,
            title=hit.title,
            snippet=re.sub(r"[\x02\x03]", "", snippet),
            url=hit.url,
            town=hit.town or "",
            date=_date(getattr(hit, "date", None)),
            text_language=hit.text_language,
            fallback=hit.fallback,
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
