"""The events app's next steps on the admin home (see dashboard.next_steps.registry): an MSO
member's submissions and the link to submit an event; the moderators' queue of submissions."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from dashboard.next_steps import registry

from .models import EventSubmission, SubmissionStatus
from .submissions import languages
from .submissions import services as submission

LIMIT = 5


def member_events(user):
    """The user's own submissions (newest first) with their status, and "submit an event"."""
    mine = EventSubmission.objects.filter(submitter=user)
    by_status = dict(mine.values_list("status").annotate(n=Count("pk")).order_by())
    listing = reverse("event_submissions")
    items = []
    for rank, item in enumerate(
        mine.select_related("event", "organisation").order_by("-submitted_at")[:LIMIT]
    ):
        rejected = item.status == SubmissionStatus.REJECTED
        detail = item.organisation.name
        if rejected and item.reason:
            detail = f"{detail} · {item.reason}"
        items.append(
            registry.Item(
                title=languages.shown_title(item.event, item.language)[0],
                url=listing,
                detail=detail,
                status=item.get_status_display(),
                when=item.submitted_at,
                urgent=rejected,
                sort_key=rank,
            )
        )
    actions = []
    if submission.can_submit(user):
        actions.append(registry.Link(_("Submit an event"), reverse("event_submit"), primary=True))
    counts = [
        registry.Count(SubmissionStatus.PENDING.label, by_status.get(SubmissionStatus.PENDING, 0)),
        registry.Count(SubmissionStatus.APPROVED.label, by_status.get(SubmissionStatus.APPROVED, 0)),
        registry.Count(
            SubmissionStatus.REJECTED.label, by_status.get(SubmissionStatus.REJECTED, 0), urgent=True
        ),
    ]
    more = [registry.Link(_("All my submissions"), listing)] if by_status else []
    return registry.Section(
        items=items, total=sum(by_status.values()), counts=counts, actions=actions, more=more
    )


def waiting_submissions(user):
    """Submissions waiting for moderation, the oldest first (moderators see the whole county)."""
    waiting = EventSubmission.objects.filter(status=SubmissionStatus.PENDING)
    total = waiting.count()
    items = [
        registry.Item(
            title=languages.shown_title(item.event, item.language)[0],
            url=reverse("wagtailadmin_pages:edit", args=[item.event_id]),
            kind=_("Event submission"),
            detail=item.organisation.name,
            status=_("waiting for moderation"),
            when=item.submitted_at,
            sort_key=item.submitted_at,
        )
        for item in waiting.select_related("event", "organisation").order_by("submitted_at", "pk")[:LIMIT]
    ]
    return registry.Section(items=items, total=total, counts=[registry.Count(_("event submissions"), total)])


registry.register_source("member_events", "submissions", member_events)
registry.register_source("moderation", "event-submissions", waiting_submissions)
