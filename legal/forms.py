from django import forms
from django.utils.translation import gettext_lazy as _

from portal.public_forms import HoneypotMixin

MESSAGE_MAX = 5000


class FeedbackForm(HoneypotMixin, forms.Form):
    message = forms.CharField(
        label=_("Which barrier did you find?"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Describe what did not work for you. At most 5000 characters."),
        error_messages={
            "required": _("Please describe the barrier."),
            "max_length": _(
                "Please shorten your message to at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    page_address = forms.CharField(
        label=_("Page concerned (address or title)"),
        max_length=500,
        required=False,
        error_messages={
            "max_length": _("Please shorten the page address to at most %(limit_value)d characters.")
        },
    )
    email = forms.EmailField(
        label=_("Your e-mail address, if you would like an answer"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Please enter a complete e-mail address, like name@example.org.")},
    )

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Please describe the barrier."))
        return message
