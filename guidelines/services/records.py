"""Keep the findings of each page's latest revision for the county report."""

from typing import Any

from django.db import transaction

from . import gate, registry
from .units import Finding


@transaction.atomic
def record_findings(page: Any) -> list[Finding]:
    """Replace the stored findings of a page by those of the given (revision) object."""
    from ..models import FindingRecord

    findings, _units = gate.check_page(page)
    FindingRecord.objects.filter(page_id=page.pk).delete()
    town = page.town_scope() if hasattr(page, "town_scope") else None
    FindingRecord.objects.bulk_create(
        FindingRecord(
            page_id=page.pk,
            town_id=town.pk if town else None,
            rule_id=f.rule_id,
            severity=f.severity,
            field=f.field if not f.block else f"{f.field}/{f.block}",
            language=f.language,
            matched_text=f.matched_text[:500],
            start=f.start,
            end=f.end,
            overridden=f.overridden,
        )
        for f in findings
        if f.rule_id
    )
    return findings


def on_revision_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    """Revisions of checked pages update the report, whatever route saved them."""
    if not created:
        return
    from wagtail.models import Page

    model = instance.content_type.model_class()
    if model is None or not issubclass(model, Page) or not registry.is_checked(model):
        return
    page = instance.as_object()
    if page.pk:
        record_findings(page)
