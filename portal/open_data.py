"""Open data: a registry of datasets, each exported as JSON and CSV.

Each app declares its datasets in its own ``registrations.py``; columns are declared once (name,
description, value) and documented on the open-data page (``offers.OpenDataPage``), which lists
the datasets in ``order``. Translated fields get one column per language. No personal data:
only public office contacts as shown on the pages; no accounts, members or submitters.
"""

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import StreamingHttpResponse

from .i18n import localized_field
from .site_address import absolute

_datasets: dict[str, "Dataset"] = {}


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    value: Callable[[Any], Any]
    link: bool = False  # the value is an address on this site: made absolute on the requested host


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    columns: tuple
    queryset: Callable[[Any], Any]
    order: int = 100

    def rows(self, params, request=None):
        for obj in self.queryset(params).iterator(chunk_size=500):
            yield {
                column.name: absolute(column.value(obj), request) if column.link else column.value(obj)
                for column in self.columns
            }


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
