"""The filters of the county translation report."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.translation_status import STATUS_LABELS, target_languages

from .county_report import STATUSES

COUNTY = "county"


class ReportFilterForm(forms.Form):
    town = forms.ChoiceField(label=_("Town"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    content_type = forms.ChoiceField(label=_("Content type"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, towns, content_types, county_wide, **kwargs):
        super().__init__(*args, **kwargs)
        self.towns = {str(town.pk): town for town in towns}
        self.content_types = {str(ct.pk): ct for ct in content_types}
        town_choices = [(key, town.title) for key, town in self.towns.items()]
        if county_wide:
            town_choices.insert(0, (COUNTY, _("County (county-wide)")))
        self.fields["town"].choices = [("", _("All")), *town_choices]
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [
            ("", _("All")),
            *((code, names[code]) for code in target_languages()),
        ]
        self.fields["content_type"].choices = [
            ("", _("All")),
            *((key, ct.model_class()._meta.verbose_name) for key, ct in self.content_types.items()),
        ]
        self.fields["status"].choices = [
            ("", _("All")),
            *((status, STATUS_LABELS[status]) for status in STATUSES),
        ]

    def filters(self):
        """The chosen filters for county_report.report (nothing chosen: everything)."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        town = data.get("town")
        return {
            "town": COUNTY if town == COUNTY else self.towns.get(town),
            "language": data.get("language") or None,
            "content_type": self.content_types.get(data.get("content_type")),
            "status": data.get("status") or None,
        }
