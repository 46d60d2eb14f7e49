"""Forms of the exchange with translators: export of a page or a town, import of a file."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.towns import county_page, town_page_model
from portal.translation_status import target_languages

from . import formats

MAX_UPLOAD = 5 * 1024 * 1024
EXTENSIONS = (".xlf", ".xliff", ".po")


def language_choices():
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in target_languages()]


FORMAT_CHOICES = [
    (formats.XLIFF_FORMAT, _("XLIFF 2.0 (translation tools)")),
    (formats.PO_FORMAT, _("PO (gettext)")),
]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Target language"), choices=language_choices)
    file_format = forms.ChoiceField(
        label=_("File format"), choices=FORMAT_CHOICES, initial=formats.XLIFF_FORMAT
    )


class TownExportForm(ExportForm):
    town: forms.TypedChoiceField = forms.TypedChoiceField(label=_("Town"), coerce=int)

    field_order = ["town", "language", "file_format"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        places = []
        county = county_page()
        if county is not None and county.permissions_for_user(user).can_edit():
            places.append((county.pk, _("Whole county")))
        for town in town_page_model().objects.order_by("title"):
            if town.permissions_for_user(user).can_edit():
                places.append((town.pk, town.title))
        town_field = self.fields["town"]
        assert isinstance(town_field, forms.TypedChoiceField)
        town_field.choices = places


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated file"),
        help_text=_("An XLIFF 2.0 (.xlf) or PO (.po) file exported here, at most 5 MB."),
    )
    language = forms.ChoiceField(label=_("Language of the translation"), choices=language_choices)
    force = forms.BooleanField(
        label=_("Import anyway"),
        required=False,
        help_text=_("Import also texts whose German changed since the export (check them afterwards)."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError(_("Please upload an XLIFF (.xlf) or PO (.po) file."))
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
