"""The finder's form: the declared filters (all, or those named) and the sort order."""

from django import forms
from django.utils.translation import gettext_lazy

from .filters import FILTERS

SORTS = {
    "title": gettext_lazy("Title"),
    "town": gettext_lazy("Town"),
    "reviewed": gettext_lazy("Recently reviewed"),
}


class FinderForm(forms.Form):
    def __init__(self, data, *, fields=None):
        super().__init__(data)
        for item in FILTERS:
            if fields is None or item.name in fields:
                self.fields[item.name] = item.field(item.label)
        if fields is None or "sort" in fields:
            self.fields["sort"] = forms.ChoiceField(
                label=gettext_lazy("Sort by"), required=False, choices=list(SORTS.items())
            )
