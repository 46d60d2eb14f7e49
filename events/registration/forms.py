"""The public registration form: accessible by construction (help and errors tied to fields)."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.public_forms import HoneypotMixin

from ..models.registration import MAX_PEOPLE

CONSENT_TEXT = _(
    "I agree that my accessibility needs are stored. They may be health data. They are used only "
    "to prepare this event, shown only to its organisers, and deleted together with my registration."
)


class RegistrationForm(HoneypotMixin, forms.Form):
    """Rendered with ``{% form_field %}``, which ties help texts and errors to the widgets."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please give your name.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a link to confirm your registration."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please give your e-mail address."),
            "invalid": _("Please give a valid e-mail address, like name@example.org."),
        },
    )
    people = forms.IntegerField(
        label=_("Number of people"),
        initial=1,
        min_value=1,
        max_value=MAX_PEOPLE,
        error_messages={
            "required": _("Please give the number of people."),
            "invalid": _("Please give the number of people as a whole number."),
            "min_value": _("Register at least one person."),
        },
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example a wheelchair place, sign language or large print."),
    )
    accessibility_consent = forms.BooleanField(label=CONSENT_TEXT, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        people = self.fields["people"]
        people.help_text = gettext("Yourself included, at most %(max)s.") % {"max": MAX_PEOPLE}
        people.error_messages["max_value"] = gettext("At most %(max)s people can register at once.") % {
            "max": MAX_PEOPLE
        }

    def clean(self):
        data = super().clean()
        if (data.get("accessibility_needs") or "").strip() and not data.get("accessibility_consent"):
            self.add_error(
                "accessibility_consent",
                _("To store your accessibility needs we need your consent. Or leave the needs empty."),
            )
        return data

    @property
    def registration_data(self):
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "people": data["people"],
            "accessibility_needs": data["accessibility_needs"],
            "accessibility_consent": data["accessibility_consent"],
        }
