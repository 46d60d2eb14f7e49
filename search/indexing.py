"""Writing the index: documents per object and language, facets, vocabulary.

Everything here runs synchronously inside the request (or command) that changed the content,
so a search after that request never sees stale documents.
"""

import uuid

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, transaction

from . import registry
from .models import FacetValue, IndexVersion, SearchDocument, SearchFacet, SearchTerm, ts_config
from .text import normalise, stems_text, strip_marks, words

MIN_TERM_LENGTH = 4


def build_documents(adapter, obj):
    """Unsaved (document, facets) pairs for every portal language."""
    town = adapter.town(obj)
    date = adapter.date(obj)
    german = (adapter.title(obj, "de") or "", adapter.body(obj, "de") or "")
    result = []
    for language in registry.languages():
        translated = language == "de" or adapter.is_translated(obj, language)
        if translated:
            own_title, own_body = adapter.title(obj, language), adapter.body(obj, language)
            title, body = own_title or german[0], own_body or german[1]
            text_language = language
            fallback = language != "de" and not (own_title and own_body)
            # A single empty field is filled with the German text: say so per field.
            title_language = language if own_title or language == "de" else "de"
            body_language = language if own_body or language == "de" else "de"
        else:
            title, body = german
            text_language, fallback = "de", True
            title_language = body_language = "de"
        # A document in another language also carries the German text, searched not shown:
        # the German official word finds the translated page (see SearchDocument.german).
        german_text = "" if text_language == "de" else " ".join(part for part in german if part)
        document = SearchDocument(
            object_type=adapter.type,
            model_label=obj._meta.label_lower,
            object_id=obj.pk,
            language=language,
            text_language=text_language,
            title_language=title_language,
            body_language=body_language,
            fallback=fallback,
            title=title,
            body=body,
            german=german_text,
            stems=stems_text(f"{title} {body}", text_language) + stems_text(german_text, "de").lstrip(),
            title_stems=stems_text(title, text_language),
            town=town[1] if town else "",
            date=date,
            url=adapter.url(obj, language),
            public=True,
            ts_config=ts_config(text_language),
        )
        facets = [("type", adapter.type, str(adapter.label))]
        if town:
            facets.append(("town", str(town[0])[:120], str(town[1])[:250]))
        for name, values in adapter.facets(obj, language).items():
            facets.extend((name, str(value)[:120], str(label)[:250]) for value, label in values)
        result.append((document, facets))
    return result


def version():
    """The token of the current state of the index (see IndexVersion).

    Read on every search request, so without the ORM's query compilation."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM search_indexversion ORDER BY id LIMIT 1")
        row = cursor.fetchone()
    return row[0] if row and row[0] else "initial"


def changed():
    """Every write to the index calls this inside its transaction: cached browse results expire."""
    token = uuid.uuid4().hex
    if not IndexVersion.objects.update(token=token):
        IndexVersion.objects.create(token=token)


def _save(pairs):
    """Insert documents, facets and vocabulary; PostgreSQL's trigger writes the vectors.

    The documents go in language by language, so that one language's documents share table
    pages (a search reads only its language's rows).
    """
    pairs = sorted(pairs, key=lambda pair: pair[0].language)
    ids = facet_value_ids({facet for _document, facets in pairs for facet in facets})
    for document, facets in pairs:
        document.facet_ids = sorted({ids[facet] for facet in facets})
    documents = [document for document, _facets in pairs]
    if connection.vendor == "postgresql":
        _copy(SearchDocument, documents)
        facet_fields = ("document_id", "name", "value", "label")
        _copy_rows(
            SearchFacet,
            facet_fields,
            [
                (document.pk, name, value, label)
                for (document, facets) in pairs
                for name, value, label in facets
            ],
        )
    else:
        _bulk_save(documents, pairs)
    terms = {
        (document.language, normalise(word)[:60])
        for document in documents
        for word in words(strip_marks(f"{document.title} {document.body} {document.german}"))
        if len(word) >= MIN_TERM_LENGTH and not word.isdigit()
    }
    SearchTerm.objects.bulk_create(
        [SearchTerm(language=language, term=term) for language, term in terms], ignore_conflicts=True
    )


def _bulk_save(documents, pairs):
    documents = SearchDocument.objects.bulk_create(documents)
    if not all(document.pk for document in documents):  # backends without RETURNING ids
        keys = {(d.model_label, d.object_id, d.language): d for d in documents}
        for saved in SearchDocument.objects.filter(
            object_id__in={d.object_id for d in documents}, model_label__in={d.model_label for d in documents}
        ):
            if (saved.model_label, saved.object_id, saved.language) in keys:
                keys[(saved.model_label, saved.object_id, saved.language)].pk = saved.pk
    SearchFacet.objects.bulk_create(
        [
            SearchFacet(document_id=document.pk, name=name, value=value, label=label)
            for (document, facets) in zip(documents, (facets for _d, facets in pairs), strict=True)
            for name, value, label in facets
        ]
    )


def _copy(model, objects):
    """PostgreSQL: insert ``objects`` with COPY (no SQL text per row to build and parse); their
    ids are drawn from the table's sequence first and set on them. Fields the database fills
    (the vector, by trigger) are left out."""
    fields = [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key and not isinstance(field, SearchVectorField)
    ]
    ids = _copy_rows(
        model,
        [field.column for field in fields],
        [
            [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
            for obj in objects
        ],
    )
    for obj, pk in zip(objects, ids, strict=True):
        obj.pk = pk


def _copy_rows(model, columns, rows):
    """COPY ``rows`` (sequences of database values for ``columns``) into ``model``'s table with
    ids from its sequence; returns the ids, in the order of the rows."""
    if not rows:
        return []
    table, pk = model._meta.db_table, model._meta.pk.column
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, pk, len(rows)],
        )
        ids = [row[0] for row in cursor.fetchall()]
        names = ", ".join(quote(name) for name in (pk, *columns))
        with cursor.cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
            for pk_value, row in zip(ids, rows, strict=True):
                copy.write_row((pk_value, *row))
    return ids


def facet_value_ids(facets):
    """{(name, value, label): FacetValue id}, creating the values that are new (two queries)."""
    if not facets:
        return {}
    FacetValue.objects.bulk_create(
        [FacetValue(name=name, value=value, label=label) for name, value, label in facets],
        ignore_conflicts=True,
    )
    rows = FacetValue.objects.filter(
        name__in={name for name, _v, _l in facets}, value__in={value for _n, value, _l in facets}
    ).values_list("name", "value", "label", "pk")
    return {(name, value, label): pk for name, value, label, pk in rows if (name, value, label) in facets}


def remove(model_label, object_ids, labels=None):
    """Delete the documents of these objects (``labels``: several models, e.g. all page types)."""
    labels = labels or [model_label]
    deleted, _rows = SearchDocument.objects.filter(
        model_label__in=labels, object_id__in=list(object_ids)
    ).delete()
    if deleted:
        changed()
        from .backends import objects_removed

        objects_removed(labels, list(object_ids))


def reindex(obj):
    """Bring the documents of one object up to date (removes them when it is not public)."""
    adapter = registry.adapter_for(type(obj))
    if adapter is None:
        return
    with transaction.atomic():
        SearchDocument.objects.filter(model_label=obj._meta.label_lower, object_id=obj.pk).delete()
        changed()
        fresh = adapter.public_queryset().filter(pk=obj.pk).first()
        if fresh is not None:
            _save(build_documents(adapter, fresh))
    from .backends import index_changed

    index_changed(obj, fresh)


def reindex_many(objects):
    for obj in objects:
        reindex(obj)


def _wipe():
    """Delete every document, facet, term and facet value: plain DELETEs (no rows loaded, no
    signals; nothing listens to these tables), facets before the documents they point to."""
    for model in (SearchFacet, SearchDocument, SearchTerm, FacetValue):
        queryset = model.objects.all()
        queryset._raw_delete(queryset.db)


def rebuild(progress=None, batch_size=2000):
    """Empty the index and index every public object of every registered type, in bulk.

    Page addresses come from ``url_path`` (``registry.page_urls``), not per page from Wagtail."""
    with transaction.atomic(), registry.page_urls():
        _wipe()
        changed()
        for adapter in registry.adapters().values():
            queryset = adapter.public_queryset().order_by("pk")
            batch = []
            for obj in queryset.iterator(chunk_size=batch_size):
                batch.extend(build_documents(adapter, obj))
                if progress:
                    progress(adapter, 1)
                if len(batch) >= batch_size:
                    _save(batch)
                    batch = []
            if batch:
                _save(batch)


def tidy():
    """After a rebuild on PostgreSQL: reclaim the replaced rows and refresh the planner's
    statistics (VACUUM cannot run inside a transaction, so only outside of ``atomic``)."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    from .backends.postgres import ensure_vector_indexes

    with connection.cursor() as cursor:
        ensure_vector_indexes(cursor)
        for table in ("search_searchdocument", "search_searchfacet", "search_searchterm"):
            cursor.execute(f"VACUUM ANALYZE {table}")
