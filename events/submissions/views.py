"""Public views for members of an organisation: submit an event, see their submissions."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.http import require_http_methods

from portal.public_forms import rate_limited, refuse_rate_limited

from ..models import EventSubmission
from . import languages
from . import services as submission
from .forms import EventSubmissionForm

RATE = "10/h"


@login_required
@require_http_methods(["GET", "POST"])
def submit_event(request):
    if not submission.can_submit(request.user):
        return render(request, "events/submission_not_member.html", status=403)
    form = EventSubmissionForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        if rate_limited(request, "event-submission", RATE):
            refuse_rate_limited(form)
            status = 429
        elif form.is_valid() and not _refused_by_guidelines(form):
            if not form.is_spam:
                try:
                    submission.submit_event(request.user, form.cleaned_data, translation.get_language())
                except submission.SubmissionError as exc:
                    form.add_error(None, str(exc))
                    return render(request, "events/submission_form.html", {"form": form}, status=400)
            return redirect("event_submissions")
        else:
            status = 400
    return render(request, "events/submission_form.html", {"form": form}, status=status)


def _refused_by_guidelines(form):
    """Wording that the county's guidelines block is sent back to its field with the reason."""
    data = form.cleaned_data
    findings = submission.wording_findings(data["title"], data["description"], translation.get_language())
    blocking = [finding for finding in findings if finding.severity == "error"]
    for finding in blocking:
        form.add_error(submission.FORM_FIELDS.get(finding.field), submission.describe_finding(finding))
    return bool(blocking)


@login_required
def my_submissions(request):
    submissions = list(
        EventSubmission.objects.filter(submitter=request.user).select_related("event", "organisation")
    )
    for item in submissions:
        item.title, item.title_language = languages.shown_title(item.event, item.language)
        if item.status == "pending":
            title, description = languages.submitted_text(item.event, item.language)
            findings = submission.wording_findings(title, description, item.language)
            item.notes = [submission.describe_finding(finding) for finding in findings]
    return render(
        request,
        "events/submission_list.html",
        {"submissions": submissions, "can_submit": submission.can_submit(request.user)},
    )
