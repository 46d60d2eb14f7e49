"""The moderators' screen of a submitted event: which languages are missing, filling them by
hand (German required before approving) or by machine translation, and approving."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from portal.i18n import direction, local_name, localized_field

from ..models import EventSubmission, SubmissionStatus
from . import languages, machine

LABELS = {"title": gettext_lazy("Title"), "intro": gettext_lazy("Description")}
MAX_LENGTHS = {"title": 255, "intro": 2000}


class SubmissionLanguagesForm(forms.Form):
    """Title and description in every portal language (German first)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in languages.languages():
            for name in languages.FIELDS:
                widget = forms.Textarea(attrs={"rows": 4}) if name == "intro" else forms.TextInput()
                widget.attrs.update({"lang": code, "dir": direction(code)})
                self.fields[localized_field(name, code)] = forms.CharField(
                    label=LABELS[name],
                    required=False,
                    max_length=MAX_LENGTHS[name],
                    widget=widget,
                )

    def groups(self):
        """(code, language name, [bound fields]) per language, for one fieldset each."""
        return [
            (code, local_name(code), [self[localized_field(name, code)] for name in languages.FIELDS])
            for code in languages.languages()
        ]

    def require_german(self):
        """German is the source language: approving needs its title and description."""
        for name in languages.FIELDS:
            key = localized_field(name, languages.SOURCE_LANGUAGE)
            if not self.cleaned_data.get(key, "").strip():
                self.add_error(key, _("German is the source language: fill this in before approving."))
        return not self.errors


def _initial(page):
    return {
        localized_field(name, code): getattr(page, localized_field(name, code), None) or ""
        for code in languages.languages()
        for name in languages.FIELDS
    }


class SubmissionLanguagesView(View):
    template_name = "events/admin/submission_languages.html"

    def dispatch(self, request, pk):
        self.submission = get_object_or_404(
            EventSubmission.objects.select_related("event", "organisation", "submitter"), pk=pk
        )
        self.event = self.submission.event
        if not self.event.permissions_for_user(request.user).can_edit() and not self._is_moderator():
            raise PermissionDenied
        return super().dispatch(request, pk)

    def _is_moderator(self):
        task_state = self.event.current_workflow_task_state
        return bool(task_state and task_state.task.specific.get_actions(self.event, self.request.user))

    def _pending(self):
        return self.submission.status == SubmissionStatus.PENDING and self.event.workflow_in_progress

    def get(self, request, pk):
        draft = languages.draft_of(self.event)
        return self.render(SubmissionLanguagesForm(initial=_initial(draft)), draft)

    def post(self, request, pk):
        if not self._pending():
            messages.error(request, _("This event is not waiting for moderation."))
            return redirect(request.path)
        form = SubmissionLanguagesForm(request.POST)
        draft = languages.draft_of(self.event)
        if not form.is_valid():
            return self.render(form, draft, status=400)
        approving = "approve" in request.POST
        if approving and not form.require_german():
            return self.render(form, draft, status=400)
        draft = languages.save_languages(
            self.event, form.cleaned_data, request.user, self.submission.language
        )
        self.event.refresh_from_db()  # its latest revision is the one just saved
        if "machine" in request.POST:
            return self._machine(request, form, draft)
        if approving:
            try:
                languages.approve(self.event, request.user)
            except languages.ApprovalRefused as exc:
                messages.error(request, str(exc))
                return redirect(request.path)
            messages.success(request, _("The event is approved and published."))
            return redirect("wagtailadmin_pages:edit", self.event.pk)
        messages.success(request, _("The languages are saved as a draft."))
        return redirect(request.path)

    def _machine(self, request, form, draft):
        if languages.german_missing(draft):
            messages.error(request, _("Machine translation starts from German: give the German text first."))
            return redirect(request.path)
        try:
            filled = machine.fill(draft, request.user)
        except machine.Unavailable as exc:
            messages.error(request, str(exc))
            return redirect(request.path)
        messages.success(
            request, _("Missing languages filled by machine translation: %(count)s.") % {"count": filled}
        )
        return redirect(request.path)

    def render(self, form, draft, status=200):
        context = {
            "submission": self.submission,
            "event": self.event,
            "form": form,
            "languages": languages.language_fields(draft, self.submission.language),
            "german_missing": languages.german_missing(draft),
            "blocked": languages.approval_blocked(self.event),
            "pending": self._pending(),
            "machine_available": machine.is_available(),
            "header_title": _("Languages of a submitted event"),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
            "submitter_language": local_name(self.submission.language),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)
