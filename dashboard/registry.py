"""The dashboard's panel registry: each content type adds its figures by registering a panel.

A panel is a title, column headers and a function ``rows(scope)`` that returns the figures for a
:class:`~dashboard.scope.Scope` (the whole county, or the towns a town editor works for). The
function must use a constant number of queries (``values(...).annotate(...)``), never a query per
town: the dashboard test renders 5 and 50 towns with the same number of queries.

Register a panel in your app's ``registrations.py`` (discovered at start-up, see portal.apps)::

    from dashboard import registry

    from .services import stats

    def round_table_rows(scope):
        return registry.town_rows(scope, [stats.open_actions_by_town(), stats.overdue_actions_by_town()])

    registry.register(registry.Panel(
        key="round-table-actions",
        title=_("Round-table actions"),
        columns=(_("Town"), _("open"), _("overdue")),
        rows=round_table_rows,
        highlight=registry.positive_in(2),   # overdue actions stand out
        order=70,
    ))

``stats.open_actions_by_town()`` there returns ``{town_id or None: count}``; ``registry.town_rows`` turns
such dictionaries into one row per town in the scope (``None`` = county-wide). Twinning pairs
by stage are a panel whose columns are the stages (one dictionary per stage).

Rows are lists of cells: the first cell is the row's label (text), the others are numbers. The
chart shows the column ``chart_column`` as bars; the data table shows every column; ``highlight``
marks cells (coverage gaps, overdue items) in the chart, the table and the CSV export.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .scope import county_label

_panels = {}


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    columns: Sequence[str] | Callable
    rows: Callable
    description: str = ""
    highlight: Callable | None = None  # (column index, value) → True when the cell stands out
    highlight_label: str = ""  # what a highlighted cell means, e.g. "gap"
    chart_column: int = 1
    public: bool = True  # figures are non-personal and shown on the public statistics page
    order: int = 100
    unit: str = ""
    extra: dict = field(default_factory=dict)

    def headers(self):
        """Column headers; ``columns`` may be a function for columns read from the database."""
        return list(self.columns() if callable(self.columns) else self.columns)

    def is_highlighted(self, column, value):
        return bool(self.highlight and column > 0 and self.highlight(column, value))


def register(panel):
    """Add (or replace, by key) a panel. Returns the panel, so it can be used as a value."""
    _panels[panel.key] = panel
    return panel


def unregister(key):
    _panels.pop(key, None)


def panels(public=False):
    found = sorted(_panels.values(), key=lambda panel: (panel.order, panel.key))
    return [panel for panel in found if panel.public] if public else found


def get(key):
    return _panels[key]


def zero_in_any():
    """Highlight every zero in the figure columns (coverage gaps)."""
    return lambda column, value: value == 0


def positive_in(*columns):
    """Highlight values above zero in the given columns (overdue, errors)."""
    return lambda column, value: column in columns and bool(value)


def town_rows(scope, figures, default=0):
    """One row per town of the scope (and the county-wide row): label, then one value per dict.

    ``figures`` is a list of dictionaries ``{town_id or None: value}``, one per column.
    """
    rows = [[town.title, *(column.get(town.pk, default) for column in figures)] for town in scope.towns]
    if scope.county_wide:
        rows.append([county_label(), *(column.get(None, default) for column in figures)])
    return rows
