"""Overrides: a county editor lets one error finding on one page through, with a reason."""

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils.translation import gettext as _

from portal.rules import is_county_staff

from . import gate
from .units import Finding, TextUnit

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from ..models import Override


class OverrideError(ValueError):
    """The override cannot be granted; the message is for the user."""


def current_findings(page: Any) -> tuple[list[Finding], list[TextUnit]]:
    """Findings of the latest revision (what would be published)."""
    revision = page.get_latest_revision()
    target = revision.as_object() if revision else page.specific
    return gate.check_page(target)


@transaction.atomic
def grant(page: Any, user: "User", finding_index: Any, reason: str | None) -> "Override":
    from ..models import Override

    if not is_county_staff(user):
        raise OverrideError(_("Only county editors can override a finding."))
    reason = (reason or "").strip()
    if not reason:
        raise OverrideError(_("Give a reason for the override."))
    findings, units = current_findings(page)
    try:
        finding = findings[int(finding_index)]
    except (IndexError, TypeError, ValueError):
        raise OverrideError(_("This finding does not exist (any more). Reload the page.")) from None
    if finding.severity != gate.ERROR:
        raise OverrideError(_("Only findings that block publication need an override."))
    return Override.objects.create(
        page=page,
        rule_id=finding.rule_id,
        field=gate.override_key(finding),
        matched_text=finding.matched_text[:500],
        text_digest=gate.text_digest(units, finding),
        reason=reason,
        created_by=user,
    )
