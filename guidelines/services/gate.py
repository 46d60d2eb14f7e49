"""The publication gate: an error finding blocks publication from every route.

Every route that publishes a page (publish button, scheduled publishing, bulk publish,
workflow approval, revisions published by code or management commands, the admin API)
ends in :class:`wagtail.actions.publish_page_revision.PublishPageRevisionAction`, whose
``check`` runs first in ``execute``. :func:`install` wraps that one method, and
``CopyPageAction.check`` for copies kept live (which bypass the publish action). Drafts never
pass through either: saving is always allowed.
"""

import hashlib
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.actions.publish_revision import PublishRevisionAction

from . import engine, extract, labels, registry
from .units import Finding

ERROR = "error"


class PublicationBlocked(PermissionDenied):
    """Publication refused because of error findings; the message names field, rule and match."""

    def __init__(self, findings, model=None):
        self.findings = findings
        super().__init__(blocked_message(findings, model))


def blocked_message(findings, model=None):
    """Field (its label and language), rule and match of the first five findings, in words."""
    items = "; ".join(
        _("%(field)s: rule %(rule)s found %(match)s")
        % {
            "field": labels.field_label(model, f.field, f.language),
            "rule": labels.quoted(f.rule_name),
            "match": labels.quoted(f.matched_text),
        }
        for f in findings[:5]
    )
    more = len(findings) - 5
    suffix = (" " + _("and %(count)d more.") % {"count": more}) if more > 0 else ""
    return (
        _("This page cannot be published until these findings are fixed: %(items)s.") % {"items": items}
        + suffix
    )


def text_digest(units, finding):
    """Digest of the whole text the finding lies in (field, language, block): the override's scope."""
    text = "\n".join(
        unit.text
        for unit in units
        if unit.field == finding.field and unit.language == finding.language and unit.block == finding.block
    )
    return hashlib.sha256(f"{finding.field}|{finding.language}|{finding.block}|{text}".encode()).hexdigest()


def override_key(finding):
    return f"{finding.language}:{finding.field}:{finding.block}"


def check_page(page):
    """(findings with overrides applied, units) for a page or revision object."""
    units = extract.units_from_instance(page)
    findings = engine.check_units(units, extract.context_from_instance(page))
    return apply_overrides(page, findings, units), units


def apply_overrides(page, findings, units):
    from wagtail.models import Page

    from ..models import Override

    if not isinstance(page, Page) or not page.pk or not any(f.severity == ERROR for f in findings):
        return findings
    overrides = {
        (o.rule_id, o.field, o.matched_text, o.text_digest) for o in Override.objects.filter(page_id=page.pk)
    }
    if not overrides:
        return findings
    result = []
    for finding in findings:
        key = (finding.rule_id, override_key(finding), finding.matched_text, text_digest(units, finding))
        result.append(_overridden(finding) if key in overrides else finding)
    return result


def _overridden(finding):
    data = {**finding.__dict__, "overridden": True}
    return Finding(**data)


def blocking(findings):
    return [f for f in findings if f.severity == ERROR and not f.overridden]


def blocking_findings(page):
    if not registry.is_checked(type(page)):
        return []
    findings, _units = check_page(page)
    return blocking(findings)


def assert_publishable(page):
    """Refuse publication of ``page`` (the revision to publish) for error findings, and for the
    page type's own rules (``publication_problems``, e.g. an offer without a way to reach anyone)."""
    from ..middleware import tell_editor

    found = blocking_findings(page)
    if found:
        blocked = PublicationBlocked(found, type(page))
        tell_editor(str(blocked))
        raise blocked
    problems = page.publication_problems() if hasattr(page, "publication_problems") else []
    if problems:
        tell_editor(" ".join(problems))
        raise PermissionDenied(" ".join(problems))


# The private Wagtail methods the gate replaces; the system check kreisnetz.E002
# (guidelines.checks) fails when an upgrade moves or renames them.
HOOKED = (PublishPageRevisionAction, PublishRevisionAction, CopyPageAction)
HOOKED_METHOD = "check"


def is_gate(method):
    return getattr(method, "guidelines_gate", False)


def install():
    """Wrap the publish action's check (all publication routes) and the copy action's check."""
    if is_gate(getattr(PublishPageRevisionAction, HOOKED_METHOD, None)):
        return
    publish_check: Any = getattr(PublishPageRevisionAction, HOOKED_METHOD, None)
    snippet_check: Any = getattr(PublishRevisionAction, HOOKED_METHOD, None)
    copy_check: Any = getattr(CopyPageAction, HOOKED_METHOD, None)

    def check_snippet_publication(self, skip_permission_checks=False):
        # Snippets with drafts (organisation profiles): registered models are gated the same way.
        snippet_check(self, skip_permission_checks=skip_permission_checks)
        assert_publishable(self.object)

    def check_publication(self, skip_permission_checks=False):
        publish_check(self, skip_permission_checks=skip_permission_checks)
        assert_publishable(self.object)

    def check_copy(self, skip_permission_checks=False):
        copy_check(self, skip_permission_checks=skip_permission_checks)
        if self.keep_live and self.page.live:
            # The copy is a new page: overrides of the original do not carry over.
            specific = self.page.specific
            if registry.is_checked(type(specific)):
                units = extract.units_from_instance(specific)
                found = blocking(engine.check_units(units, extract.context_from_instance(specific)))
                if found:
                    raise PublicationBlocked(found, type(specific))

    # A method an upgrade removed stays unhooked (and reported by the system check) rather than
    # breaking the start-up with an AttributeError.
    for action, wrapper, original in (
        (PublishPageRevisionAction, check_publication, publish_check),
        (PublishRevisionAction, check_snippet_publication, snippet_check),
        (CopyPageAction, check_copy, copy_check),
    ):
        if original is not None:
            wrapper.guidelines_gate = True  # type: ignore[attr-defined]
            wrapper.__wrapped__ = original  # type: ignore[attr-defined]
            setattr(action, HOOKED_METHOD, wrapper)
