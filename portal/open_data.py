"""Open data: a registry of datasets, each exported as JSON and CSV.

Each app declares its datasets in its own ``registrations.py``; columns are declared once (name,
description, value) and documented on the open-data page (``offers.OpenDataPage``), which lists
the datasets in ``order``. Translated fields get one column per language. No personal data:
only public office contacts as shown on the pages; no accounts, members or submitters.
"""

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.http import StreamingHttpResponse

from .i18n import localized_field
from .page_urls import PageUrls
from .site_address import absolute

_datasets: dict[str, "Dataset"] = {}


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    value: Callable[[Any], Any]
    link: bool = False  # the value is an address on this site: made absolute on the requested host


class Record:
    """A ``values()`` row read like an object: the columns' ``o.street`` works on both."""

    def __init__(self, values):
        self.__dict__.update(values)


@dataclass(frozen=True)
class Records:
    """How a dataset reads its rows as :class:`Record` s instead of model instances, in a number
    of queries that does not depend on the number of rows: ``fields`` for ``values()`` (with
    ``url_path`` the record's ``url_path`` is the active language's, as on a page); ``many``
    ``{name: (many-to-many field, attribute)}`` becomes a list of the related objects' attribute,
    ``children`` ``{name: reverse relation}`` a list of the child objects (in their model's
    order), each read for all rows in one query."""

    fields: tuple
    many: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)

    def read(self, queryset, chunk_size=2000):
        model = queryset.model
        ids = queryset.values("pk")
        related = {name: self._many(model, ids, *spec) for name, spec in self.many.items()}
        related |= {name: self._children(model, ids, relation) for name, relation in self.children.items()}
        url_path = getattr(model, "url_path", None) if "url_path" in self.fields else None
        fields = tuple(dict.fromkeys(["pk", *self.fields, *(_url_path_fields(model) if url_path else ())]))
        for values in queryset.values(*fields).iterator(chunk_size=chunk_size):
            record = Record(values)
            for name, found in related.items():
                setattr(record, name, found.get(values["pk"], ()))
            if url_path is not None:
                record.__dict__["url_path"] = url_path.__get__(record, model)  # modeltranslation's fallback
            yield record

    @staticmethod
    def _many(model, ids, relation, attribute):
        field_ = model._meta.get_field(relation)
        through = field_.remote_field.through
        source, target = field_.m2m_field_name(), field_.m2m_reverse_field_name()
        found: dict[Any, list] = {}
        rows = through.objects.filter(**{f"{source}__in": ids}).values_list(
            f"{source}_id", f"{target}__{attribute}"
        )
        for pk, value in rows.order_by():
            found.setdefault(pk, []).append(value)
        return found

    @staticmethod
    def _children(model, ids, relation):
        key = model._meta.get_field(relation).field
        found: dict[Any, list] = {}
        for child in key.model._default_manager.filter(**{f"{key.name}__in": ids}):
            found.setdefault(getattr(child, key.attname), []).append(child)
        return found


def _url_path_fields(model):
    from modeltranslation.utils import build_localized_fieldname

    names = ["url_path", *(build_localized_fieldname("url_path", code) for code, _name in settings.LANGUAGES)]
    return [name for name in names if any(f.attname == name for f in model._meta.concrete_fields)]


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    columns: tuple
    queryset: Callable[[Any], Any]
    order: int = 100
    records: Records | None = None  # read as records (values()), not model instances

    def objects(self, params):
        queryset = self.queryset(params)
        if self.records is not None:
            return self.records.read(queryset)
        return queryset.iterator(chunk_size=500)

    def rows(self, params, request=None):
        """One dict per object, in a number of queries that does not depend on the number of rows
        (a dataset with prefetches reads ``records``); page addresses come from ``url_path``
        (:class:`~portal.page_urls.PageUrls`), not from ``page.url`` per row."""
        urls = PageUrls()
        values = [
            (column.name, _page_address(urls) if column.value is page_url else column.value, column.link)
            for column in self.columns
        ]
        for obj in self.objects(params):
            row = {}
            for name, value, link in values:
                row[name] = absolute(value(obj), request) if link else value(obj)
            yield row


def page_url(obj):
    """Column value: the address of a page (an export reads it from ``url_path``, see rows())."""
    return obj.url or ""


def _page_address(urls):
    return lambda obj: urls.relative(obj.url_path) or ""


def register(dataset):
    _datasets[dataset.slug] = dataset
    return dataset


def datasets():
    """Every registered dataset, in the order of the open-data page."""
    return sorted(_datasets.values(), key=lambda dataset: (dataset.order, dataset.slug))


def get(slug):
    return _datasets.get(slug)


def _text_of(name):
    return lambda obj: getattr(obj, name) or ""


def translated(field, description):
    return tuple(
        Column(f"{field}_{code}", f"{description} ({code})", _text_of(localized_field(field, code)))
        for code, _name in settings.LANGUAGES
    )


class _Echo:
    def write(self, value):
        return value


def _csv_stream(dataset, params, request):
    writer = csv.writer(_Echo())
    yield "\ufeff"  # BOM, so that spreadsheet programs read UTF-8
    yield writer.writerow([column.name for column in dataset.columns])
    for row in dataset.rows(params, request):
        yield writer.writerow(["true" if v is True else "false" if v is False else v for v in row.values()])


def _json_stream(dataset, params, licence, request):
    yield f'{{"dataset": {json.dumps(dataset.slug)}, "licence": {json.dumps(licence)}, "items": ['
    for index, row in enumerate(dataset.rows(params, request)):
        yield ("," if index else "") + json.dumps(row, ensure_ascii=False, default=str)
    yield "]}"


def export_response(dataset, fmt, request, licence=None):
    """The dataset as a streamed CSV or JSON response; ``licence`` is ``{"name", "url"}`` or None."""
    if fmt == "csv":
        response = StreamingHttpResponse(
            _csv_stream(dataset, request.GET, request), content_type="text/csv; charset=utf-8"
        )
    else:
        response = StreamingHttpResponse(
            _json_stream(dataset, request.GET, licence, request), content_type="application/json"
        )
    response["Content-Disposition"] = f'inline; filename="{dataset.slug}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
