"""Events submitted by members of an organisation: a draft in a moderation workflow.

A submission becomes a draft EventPage in the calendar of the chosen town (or of the county)
and enters that calendar's submission workflow, whose approvers are the county's moderators
and editors and, for a town, the town's editors. Approval publishes the page (Wagtail's
workflow does that); approval or rejection (with the moderators' reason) is mailed to the
submitter in the language they used when submitting.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Workflow, WorkflowTask

from home.models import TownPage
from organisations.models import Organisation
from portal import tenancy
from portal.clock import BERLIN

from ..models import EventIndexPage, EventPage, EventSubmission, SubmissionApprovalTask, SubmissionStatus
from . import languages as submission_languages

logger = logging.getLogger(__name__)


class SubmissionError(Exception):
    """A submission that cannot be taken, with a message for the submitter."""


def organisations_of(user):
    """The organisations a user may submit events for: those they are a member of."""
    if not user.is_authenticated or not user.is_active:
        return Organisation.objects.none()
    return Organisation.objects.filter(members=user).order_by("name")


def can_submit(user):
    return organisations_of(user).exists()


def calendars():
    """Calendars that accept submissions: the county's and each town's, as (town or None, calendar)."""
    towns = {town.path: town for town in TownPage.objects.live()}
    result, seen = [], set()
    for calendar in EventIndexPage.objects.live().order_by("path"):
        town = towns.get(calendar.path[: -calendar.steplen])
        key = town.pk if town else None
        if key not in seen:  # one calendar per town and one for the county
            seen.add(key)
            result.append((town, calendar))
    return result


def submission_workflow(town):
    """The workflow for submissions to ``town``'s calendar (``None``: the county's), made once.

    Linked to the town (or county) by key: one workflow per calendar, whatever the town is
    called now and whichever interface language the submitter uses. Its name (in German, the
    county's language) is only shown to people. Call inside a transaction: the tenancy row is
    locked, so two first submissions at once make one workflow.
    """
    place = town or tenancy.get_county()
    record = tenancy.tenancy_of(place, lock=True)
    if record.submission_workflow is not None:
        return record.submission_workflow
    with translation.override(settings.LANGUAGE_CODE):
        name = _("Event submissions: %(place)s") % {"place": place.title}
        task_name = _("Approve submitted event: %(place)s") % {"place": place.title}
    workflow = Workflow.objects.create(name=name, active=True)
    task = SubmissionApprovalTask.objects.create(name=task_name)
    approvers = tenancy.county_approvers()
    if town is not None and record.editors is not None:
        approvers.append(record.editors)
    task.groups.set(approvers)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    record.submission_workflow = workflow
    record.save(update_fields=["submission_workflow"])
    return workflow


def _unique_slug(calendar, title):
    base = slugify(title)[:60] or "termin"
    taken = set(calendar.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def submit_event(user, data, language):
    """Create the draft event and start its moderation; returns the EventSubmission.

    ``data`` is the cleaned data of the public submission form. The text is stored in the
    fields of the submitter's language only (German fields stay empty unless they wrote
    German): the moderators give the German source text before approving.
    """
    organisation = data["organisation"]
    if not organisations_of(user).filter(pk=organisation.pk).exists():
        raise SubmissionError(_("You can only submit events for your own organisation."))
    town, calendar = data["calendar"]
    start = datetime.datetime.combine(data["date"], data["start_time"], tzinfo=BERLIN)
    end = datetime.datetime.combine(data["date"], data["end_time"], tzinfo=BERLIN)
    event = EventPage(
        **submission_languages.stored_fields(language, data["title"], data["description"]),
        slug_de=_unique_slug(calendar, data["title"]),
        start=start,
        end=end,
        kind=data["kind"],
        organiser=organisation,
        online_url=data.get("online_url", ""),
        street=data.get("street", ""),
        postcode=data.get("postcode", ""),
        city=data.get("city", ""),
        cost=data["cost"],
        fee_amount=data.get("fee_amount"),
        owner=user,
        live=False,
    )
    # Wagtail needs a title: without German text, the page validates in the submitter's language.
    with translation.override(submission_languages.clean_language(event, language)):
        calendar.add_child(instance=event)
        event.languages.set(data.get("languages") or [])
        # Without German the page cannot pass Wagtail's full validation (German is required);
        # the form checked the submitter's text, the moderators give the German before approving.
        event.save_revision(user=user, clean=not submission_languages.german_missing(event))
    submission = EventSubmission.objects.create(
        event=event, submitter=user, organisation=organisation, language=language
    )
    _mute_wagtail_notifications(user)
    submission_workflow(town).start(event, user)
    logger.info("event submitted for moderation: page %s, submission %s", event.pk, submission.pk)
    return submission


def _mute_wagtail_notifications(user):
    """The submitter hears from us in their language, not from Wagtail's admin mails."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def record_decision(workflow_state, approved):
    """Called when the moderation workflow of a submitted event ends or is rejected."""
    submission = (
        EventSubmission.objects.select_related("event", "submitter")
        .filter(event_id=workflow_state.object_id)
        .first()
    )
    if submission is None:
        return None
    if approved:
        submission.status, submission.reason = SubmissionStatus.APPROVED, ""
    else:
        task_state = workflow_state.current_task_state
        submission.status = SubmissionStatus.REJECTED
        submission.reason = (task_state.comment if task_state else "") or ""
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "reason", "decided_at"])
    transaction.on_commit(lambda: notify_submitter(submission))
    return submission


def notify_submitter(submission):
    """Mail the decision in the submitter's language; a failed mail is logged, never raised."""
    user = submission.submitter
    if user is None or not user.email:
        return
    with translation.override(submission.language):
        context = {
            "submission": submission,
            "event": submission.event,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
        }
        template = "approved" if submission.status == SubmissionStatus.APPROVED else "rejected"
        subject = render_to_string(f"events/email/submission_{template}_subject.txt", context).strip()
        body = render_to_string(f"events/email/submission_{template}.txt", context)
    try:
        send_mail(subject, body, None, [user.email])
    except Exception:  # noqa: BLE001 - any transport error; the decision is saved already
        logger.warning("could not mail the decision on submission %s", submission.pk, exc_info=True)


FORM_FIELDS = {"title": "title", "intro": "description"}


def wording_findings(title, description, language, *, page_type="eventpage"):
    """The county's guideline findings on a submission's text, in the submitter's language."""
    from guidelines.services.engine import check_text

    return check_text({"title": title, "intro": description}, language, page_type=page_type)


def describe_finding(finding):
    """One finding as a sentence for the submitter: the words found, what is wrong, what instead."""
    text = _("“%(match)s”: %(message)s") % {"match": finding.matched_text, "message": finding.message}
    if finding.suggestions:
        text += " " + _("Instead: %(suggestions)s.") % {"suggestions": ", ".join(finding.suggestions)}
    return text
