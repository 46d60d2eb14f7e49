"""The public form with which members of an organisation submit an event for moderation."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from offers.models import LanguageCode
from portal.clock import BERLIN
from portal.places import Cost
from portal.public_forms import HoneypotMixin

from ..models import EventKind
from . import services as submission

SUBMITTABLE_KINDS = [choice for choice in EventKind.choices if choice[0] != EventKind.ROUND_TABLE]


class EventSubmissionForm(HoneypotMixin, forms.Form):
    organisation = forms.ModelChoiceField(label=gettext_lazy("Organisation"), queryset=None, empty_label=None)
    calendar = forms.ChoiceField(label=gettext_lazy("Calendar"))
    title = forms.CharField(label=gettext_lazy("Title of the event"), max_length=120)
    description = forms.CharField(
        label=gettext_lazy("Description"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy("What happens, for whom, and what people should bring."),
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=SUBMITTABLE_KINDS)
    date = forms.DateField(label=gettext_lazy("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(
        label=gettext_lazy("Starts at"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    end_time = forms.TimeField(label=gettext_lazy("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}))
    street = forms.CharField(label=gettext_lazy("Street and number"), max_length=200, required=False)
    postcode = forms.CharField(label=gettext_lazy("Postcode"), max_length=5, required=False)
    city = forms.CharField(label=gettext_lazy("Place"), max_length=120, required=False)
    online_url = forms.URLField(
        label=gettext_lazy("Online link"),
        required=False,
        assume_scheme="https",
        help_text=gettext_lazy("For an online event instead of an address."),
    )
    languages = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Languages spoken"),
        queryset=LanguageCode.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    cost = forms.ChoiceField(label=gettext_lazy("Cost"), choices=Cost.choices, initial=Cost.FREE)
    fee_amount = forms.DecimalField(
        label=gettext_lazy("Fee in euro"), required=False, min_value=0, max_digits=7, decimal_places=2
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = submission.organisations_of(user)
        self.calendars = {str(calendar.pk): (town, calendar) for town, calendar in submission.calendars()}
        self.fields["calendar"].choices = [
            (key, town.title if town else _("County-wide"))
            for key, (town, _calendar) in self.calendars.items()
        ]

    def clean_calendar(self):
        return self.calendars[self.cleaned_data["calendar"]]

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date < timezone.now().astimezone(BERLIN).date():
            raise forms.ValidationError(_("The date lies in the past."))
        if date > timezone.now().astimezone(BERLIN).date() + datetime.timedelta(days=730):
            raise forms.ValidationError(_("The date lies more than two years ahead."))
        return date

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if postcode and not (postcode.isdigit() and len(postcode) == 5):
            raise forms.ValidationError(_("A German postcode has five digits."))
        return postcode

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The end must be after the start."))
        if not (data.get("online_url") or data.get("street") or data.get("city")):
            self.add_error("street", _("Give an address or an online link."))
        if data.get("cost") and data["cost"] != Cost.FREE and data.get("fee_amount") is None:
            self.add_error("fee_amount", _("Give the fee."))
        return data
