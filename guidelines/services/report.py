"""The county report: stored findings, filtered, as rows and counts (for the dashboard)."""

import csv
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from . import labels

if TYPE_CHECKING:
    from ..models import FindingRecord

FILTERS = ("town", "rule", "severity", "language")


def findings(filters: Mapping[str, Any] | None = None) -> "QuerySet[FindingRecord]":
    from ..models import FindingRecord

    query = FindingRecord.objects.select_related("page", "town", "rule")
    filters = filters or {}
    if filters.get("town"):
        query = query.filter(town_id=filters["town"])
    if filters.get("rule"):
        query = query.filter(rule_id=filters["rule"])
    if filters.get("severity"):
        query = query.filter(severity=filters["severity"])
    if filters.get("language"):
        query = query.filter(language=filters["language"])
    if filters.get("page"):
        query = query.filter(page_id=filters["page"])
    return query.order_by("town__title", "page__title", "field", "start")


def counts(filters: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Counts for the county dashboard: total, per severity, per town, per rule."""
    query = findings(filters).filter(overridden=False)
    by_severity = dict(query.values_list("severity").annotate(n=Count("id")).order_by())
    return {
        "total": query.count(),
        "by_severity": by_severity,
        "summary": labels.severity_summary(by_severity),  # "3 Hinweise, 36 Warnungen"
        "by_town": {
            (row["town__title"] or _("County")): row["n"]
            for row in query.values("town__title").annotate(n=Count("id")).order_by()
        },
        "by_rule": {
            row["rule__code"]: row["n"]
            for row in query.values("rule__code").annotate(n=Count("id")).order_by()
        },
    }


def with_labels(records: Iterable["FindingRecord"]) -> list[tuple["FindingRecord", str]]:
    """Each record with the label of its field to show ("Einleitung (Arabisch)")."""
    rows = []
    for record in records:
        field = record.field.split("/", 1)[0]  # StreamField findings name their block after a "/"
        rows.append((record, labels.field_label(record.page.specific_class, field, record.language)))
    return rows


CSV_HEADER = (
    "town",
    "page_id",
    "page",
    "rule",
    "severity",
    "field",
    "language",
    "matched_text",
    "overridden",
)


def write_csv(stream: Any, rows: Iterable["FindingRecord"]) -> None:
    writer = csv.writer(stream)
    writer.writerow(CSV_HEADER)
    for record in rows:
        writer.writerow(
            [
                record.town.title if record.town else "",
                record.page_id,
                record.page.title,
                record.rule.code,
                record.severity,
                record.field,
                record.language,
                record.matched_text,
                "yes" if record.overridden else "no",
            ]
        )
