"""Choice lists from the database, read once per form instead of once per rendering.

The page editor renders a select field twice (the form itself and the widget template Wagtail
packs for its JavaScript); a ``ModelChoiceField`` runs its query on every rendering. Reading the
options once into the widget leaves validation to the field's queryset, as before.
"""

from collections.abc import Iterable
from typing import Any, cast

from django import forms


def read_once(form):
    """Give each model-backed select of ``form`` its options as a list, read now."""
    for field in form.fields.values():
        if isinstance(field, forms.ModelChoiceField) and isinstance(field.widget, forms.widgets.ChoiceWidget):
            options = cast(Iterable[Any], field.choices)  # a ModelChoiceIterator: one query per pass
            field.widget.choices = list(options)
