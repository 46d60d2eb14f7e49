"""Admin forms for importing calendars and for calendar subscriptions."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from ..models import CalendarSubscription
from .ics_import import calendars_for, max_bytes
from .subscriptions import FetchError, normalise_url


class CalendarChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        town = obj.town_scope()
        return f"{obj.title} ({town.title})" if town else f"{obj.title} ({_('county')})"


class ImportCalendarForm(forms.Form):
    calendar = CalendarChoiceField(label=_("Import into calendar"), queryset=None, empty_label=None)
    file = forms.FileField(
        label=_("iCalendar file (.ics)"),
        required=False,
        help_text=_("Events become drafts; importing the same file again updates them."),
    )
    url = forms.CharField(
        label=_("or the address of a calendar"),
        required=False,
        max_length=500,
        help_text=_("An https, http or webcal address, fetched once. Subscribe to fetch it every hour."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["calendar"].queryset = calendars_for(user)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > max_bytes():
            raise forms.ValidationError(
                _("The file is too large; at most %(limit)s MB can be imported.")
                % {"limit": max_bytes() // (1024 * 1024)}
            )
        return upload

    def clean_url(self):
        url = self.cleaned_data.get("url", "").strip()
        if not url:
            return ""
        try:
            return normalise_url(url)
        except FetchError as exc:
            raise forms.ValidationError(str(exc)) from None

    def clean(self):
        cleaned = super().clean()
        if "file" in self.errors or "url" in self.errors:
            return cleaned
        if bool(cleaned.get("file")) == bool(cleaned.get("url")):
            raise forms.ValidationError(_("Choose a file or give an address (one of them)."))
        return cleaned


class SubscriptionForm(WagtailAdminModelForm):
    """Used by the admin viewset: the calendars offered are those the user may add events to."""

    class Meta:
        model = CalendarSubscription
        fields = ["calendar", "url", "active"]
        field_classes = {"calendar": CalendarChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["calendar"].queryset = calendars_for(self.for_user)

    def clean_url(self):
        try:
            return normalise_url(self.cleaned_data.get("url"))
        except FetchError as exc:
            raise forms.ValidationError(str(exc)) from None

    def save(self, commit=True):
        # Whoever sets the subscription up owns the events the hourly job imports from it.
        if self.instance.owner_id is None and self.for_user is not None and self.for_user.is_authenticated:
            self.instance.owner = self.for_user
        return super().save(commit=commit)
