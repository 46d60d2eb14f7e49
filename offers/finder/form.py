"""The finder's form: the declared filters (all, or those named) and the sort order."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .filters import FILTERS, is_set

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


def clean_filters(form):
    """Valid filter values, and a notice per ignored parameter."""
    form.is_valid()
    notices = []
    for name in form.errors:
        label = form.fields[name].label if name in form.fields else name
        notices.append(_("The filter “%(filter)s” had an unknown value and was ignored.") % {"filter": label})
    values = {name: value for name, value in form.cleaned_data.items() if is_set(value)}
    return values, notices
