"""The guidelines' figures on the county dashboard (discovered at start-up, see portal.apps)."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from dashboard import registry as dashboard

from .models import Severity
from .services import report


def severities():
    return list(Severity)


def guideline_columns():
    return [_("Town"), *(severity.label for severity in severities())]


def guideline_rows(scope):
    """Open (not overridden) guideline findings per town and severity."""
    findings = scope.filter(report.findings().filter(overridden=False))
    counts = {}
    for town_id, severity, number in (
        findings.values_list("town_id", "severity").annotate(n=Count("id")).order_by()
    ):
        counts.setdefault(severity, {})[town_id] = number
    return dashboard.town_rows(scope, [counts.get(severity.value, {}) for severity in severities()])


def _error_column(column, value):
    return column == len(severities()) and bool(value)


dashboard.register(
    dashboard.Panel(
        key="guidelines",
        title=_("Guideline findings per town and severity"),
        description=_("Open findings of the guidelines for culture-sensitive communication."),
        columns=guideline_columns,
        rows=guideline_rows,
        highlight=_error_column,
        highlight_label=_("blocks publication"),
        chart_column=-1,
        order=60,
    )
)
