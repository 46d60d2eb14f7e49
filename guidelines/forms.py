from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Severity


class OverrideForm(forms.Form):
    finding = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    reason = forms.CharField(
        label=_("Reason for the override"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class ReportFilterForm(forms.Form):
    town = forms.ModelChoiceField(label=_("Town"), queryset=None, required=False)
    rule = forms.ModelChoiceField(label=_("Rule"), queryset=None, required=False)
    severity = forms.ChoiceField(
        label=_("Severity"), choices=[("", _("All")), *Severity.choices], required=False
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("All")), *settings.LANGUAGES], required=False
    )

    def __init__(self, *args, towns, rules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["town"].queryset = towns
        self.fields["rule"].queryset = rules

    def clean(self):
        data = super().clean()
        return {
            "town": data["town"].pk if data.get("town") else None,
            "rule": data["rule"].pk if data.get("rule") else None,
            "severity": data.get("severity"),
            "language": data.get("language"),
        }
