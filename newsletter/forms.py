from django import forms
from django.utils.translation import gettext_lazy as _

from portal.public_forms import HoneypotMixin
from portal.towns import town_page_model


class AccessibleForm(forms.Form):
    """Ties help texts and error messages to their fields (aria-describedby, aria-invalid)."""

    def describe(self):
        for bound in (self[name] for name in self.fields):
            ids = []
            if bound.help_text:
                ids.append(f"{bound.auto_id}_helptext")
            if self.is_bound and bound.errors:
                ids.append(f"{bound.auto_id}_errors")
                bound.field.widget.attrs["aria-invalid"] = "true"
            if ids:
                bound.field.widget.attrs["aria-describedby"] = " ".join(ids)
        return self


class SubscribeForm(HoneypotMixin, AccessibleForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a complete e-mail address, like name@example.org."),
        },
    )
    towns = forms.ModelMultipleChoiceField(
        label=_("Towns you are interested in"),
        queryset=town_page_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none for the whole county. County-wide news is always included."),
        error_messages={
            "invalid_choice": _("Please choose towns from the list."),
            "invalid_pk_value": _("Please choose towns from the list."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["towns"].queryset = town_page_model().objects.live().order_by("title_de")
