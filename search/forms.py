"""Reading the search page's GET parameters: anything unknown or malformed is ignored."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .backends.base import MAX_QUERY_LENGTH, SearchRequest
from .indexing import version
from .registry import FACETS

FORM_ID = "search-form"  # the filters stand after the results and belong to it (form="…")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search term"), required=False, max_length=1000)
    date_from = forms.DateField(
        label=_("Events from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date", "form": FORM_ID}),
    )
    date_to = forms.DateField(
        label=_("Events until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date", "form": FORM_ID}),
    )


def parse(params, language, backend):
    """A SearchRequest from request.GET, and the list of ignored parameters."""
    form = SearchForm(params)
    form.is_valid()
    data = form.cleaned_data
    ignored = list(form.errors)
    filters = {
        name: [value[:120] for value in params.getlist(name)][:20] for name in FACETS if name in params
    }
    token = version()
    known = backend.known_values(language, filters, token)
    for name, values in filters.items():
        if set(values) - set(known.get(name, [])):
            ignored.append(name)
    try:
        page = max(1, min(int(params.get("page", 1)), 500))
    except (TypeError, ValueError):
        page = 1
    query = (params.get("q") or "")[: MAX_QUERY_LENGTH * 5]
    date_from, date_to = data.get("date_from"), data.get("date_to")
    if date_from and date_to and date_to < date_from:
        date_from, date_to = date_to, date_from
    request = SearchRequest(
        query=query,
        language=language,
        filters=known,
        date_from=date_from,
        date_to=date_to,
        page=page,
        index_version=token,
    )
    return request, form, ignored
