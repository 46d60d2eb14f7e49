"""A panel's figures for one scope, ready for the chart, the data table and the CSV export."""

import csv
from dataclasses import dataclass

# As in the registration export (events/registration/admin.py): spreadsheets run these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Cell:
    value: object
    highlighted: bool = False


@dataclass(frozen=True)
class Bar:
    label: str
    value: object
    width: int  # per cent of the widest bar
    highlighted: bool


@dataclass(frozen=True)
class Figures:
    panel: object
    headers: list
    rows: list  # lists of Cell

    @property
    def chart_header(self):
        return self.headers[self.panel.chart_column]

    @property
    def bars(self):
        column = self.panel.chart_column % len(self.headers)
        values = [row[column].value or 0 for row in self.rows]
        widest = max(values, default=0) or 1
        bars = []
        for row in self.rows:
            cell = row[column]
            width = round(100 * (cell.value or 0) / widest)
            bars.append(Bar(str(row[0].value), cell.value, width, cell.highlighted))
        return bars

    @property
    def highlighted_count(self):
        return sum(1 for row in self.rows for cell in row[1:] if cell.highlighted)


def figures(panel, scope, rows=None):
    """The figures of ``panel`` in ``scope`` (``rows``: its rows, when they were read before)."""
    headers = [str(header) for header in panel.headers()]
    rows = [
        [Cell(value, panel.is_highlighted(index, value)) for index, value in enumerate(row)]
        for row in (panel.rows(scope) if rows is None else rows)
    ]
    return Figures(panel, headers, rows)


def safe_cell(value):
    """A CSV cell that spreadsheet programs do not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def write_csv(stream, data, highlight_header):
    """The data table as CSV; a last column names the highlighted cells (gaps, overdue, errors)."""
    writer = csv.writer(stream)
    writer.writerow([safe_cell(header) for header in data.headers] + [safe_cell(highlight_header)])
    for row in data.rows:
        marked = [data.headers[index] for index, cell in enumerate(row) if cell.highlighted]
        writer.writerow([safe_cell(cell.value) for cell in row] + [safe_cell(" | ".join(marked))])
