"""The page editor shows the fields of the languages being edited, not those of all eight.

wagtail-modeltranslation adds one form field per language for every translated field; rendering
all of them made the editor half a megabyte of HTML. The editor now renders German (the source,
always) and the language asked for with ``?lang=<code>``; the language picker and the translation
status panel load another language on demand.

Nothing unrendered is lost: a submitted form changes only the translated fields it sent (a field
not sent keeps its saved value, as if it were not in the form). Model validation still checks
every language; an error in a language not shown is reported above the form, naming the
language and the field. A German slug left empty is made from the German title (a publish
pressed right after typing the title may come before the editor filled the slug in).

Some users may edit only some languages of a page (a translation reviewer: the language of their
workflow task). Apps say so through the Wagtail hook ``editor_language_limit`` (called with the
user and the page; returns the editable languages, or ``None`` for no limit). For such a user the
editor opens in their language, offers only it, and every other field of the form (German, other
languages, the page's settings) is disabled: its submitted value is ignored and the saved one
kept. Changes to inline objects (formsets) are refused.
"""

from functools import cache
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks

from . import choice_lists

PARAM = "lang"
LIMIT_HOOK = "editor_language_limit"
# Formsets a user limited to some languages may still change (Wagtail's comments).
FREE_FORMSETS = {"comments"}


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def language_names():
    return dict(settings.LANGUAGES)


def language_limit(user, page):
    """The languages ``user`` may edit in ``page`` when an app limits them (``None``: all)."""
    for limit in hooks.get_hooks(LIMIT_HOOK):
        languages = limit(user, page)
        if languages is not None:
            return tuple(languages)
    return None


def requested_language(request, allowed=None):
    """The language asked for with ``?lang=`` (a known code), else the source language.

    ``allowed``: the only languages the user may edit (the first when another is asked for).
    """
    code = request.GET.get(PARAM, "")
    code = code if code in language_names() else source_language()
    if allowed and code not in allowed:
        return allowed[0]
    return code


def editing_languages(request, allowed=None):
    """German first, then the requested language when it is another one."""
    return tuple(dict.fromkeys((source_language(), requested_language(request, allowed))))


@cache
def translated_fields(model):
    """Form field name → (original field name, language) for the model's translated fields."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    return {
        field.name: (original, field.language)
        for original, fields in options.all_fields.items()
        for field in fields
    }


def _was_sent(data, name):
    # Text and rich text fields send their name, StreamFields their block count.
    return name in data or f"{name}-count" in data


def languages_sent(model, data):
    """The languages whose translated fields a submitted form contains, source language first."""
    sent = {
        language for name, (_original, language) in translated_fields(model).items() if _was_sent(data, name)
    }
    return tuple(code for code in language_names() if code in sent)


def limited_form_class(form_class: Any, languages=None, editable=None):
    """``form_class`` without the translated fields of other languages.

    ``languages``: the languages to render (an unbound form). ``None``: a bound form keeps the
    translated fields its data contains. ``editable``: the only languages the user may change
    (``None``: all); every other field is disabled and changed inline objects are refused.
    """
    fields = translated_fields(form_class._meta.model)

    class EditorLanguagesForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            choice_lists.read_once(self)
            self.omitted_fields = {}
            for name, (_original, language) in fields.items():
                if name not in self.fields:
                    continue
                keep = language in languages if languages is not None else _was_sent(self.data, name)
                if not keep:
                    self.omitted_fields[name] = self.fields.pop(name)
            if editable is not None:
                for name, form_field in self.fields.items():
                    if fields.get(name, (None, None))[1] not in editable:
                        form_field.disabled = True
            self.source_slug = build_localized_fieldname("slug", source_language())
            if self.source_slug in self.fields and not self.fields[self.source_slug].disabled:
                # A page published right after its title was typed may not have its slug yet.
                self.fields[self.source_slug].required = False

        def clean(self):
            if editable is not None:
                self._refuse_changed_formsets()
            if self.source_slug in self.fields and not self.cleaned_data.get(self.source_slug):
                title = self.cleaned_data.get(build_localized_fieldname("title", source_language())) or ""
                allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
                slug = slugify(title, allow_unicode=allow_unicode)
                if slug:
                    self.cleaned_data[self.source_slug] = slug
            return super().clean()

        def _refuse_changed_formsets(self):
            for name, formset in getattr(self, "formsets", {}).items():
                if name not in FREE_FORMSETS and formset.is_bound and formset.has_changed():
                    super().add_error(
                        None,
                        _("You may change only the fields of %(languages)s on this page.")
                        % {"languages": ", ".join(str(language_names()[code]) for code in editable)},
                    )
                    return

        def add_error(self, field, error):
            if not isinstance(error, ValidationError):
                error = ValidationError(error)
            if field is None and hasattr(error, "error_dict"):
                shown, reported = {}, []
                for name, errors in error.error_dict.items():
                    if name in self.omitted_fields:
                        reported.extend(self._omitted_errors(name, errors, error.error_dict))
                    else:
                        shown[name] = errors
                for message in reported:
                    super().add_error(None, message)
                if shown:
                    super().add_error(None, ValidationError(shown))
                return
            if field in self.omitted_fields:
                for message in self._omitted_errors(field, error.error_list, {}):
                    super().add_error(None, message)
                return
            super().add_error(field, error)

        def _omitted_errors(self, name, errors, all_errors):
            original, language = fields[name]
            shown_twin = next(
                (
                    other
                    for other, (other_original, _lang) in fields.items()
                    if other_original == original and other in self.fields and other in all_errors
                ),
                None,
            )
            twin_messages = {message for e in all_errors.get(shown_twin, ()) for message in e.messages}
            label = self.omitted_fields[name].label or original
            for item in errors:
                for message in item.messages:
                    if message in twin_messages:
                        continue  # the same error (a fallback to German) is shown on the German field
                    yield _(
                        "%(language)s, field “%(field)s”: %(message)s (open this language to correct it)"
                    ) % {
                        "language": language_names().get(language, language),
                        "field": label,
                        "message": message,
                    }

    EditorLanguagesForm.__name__ = form_class.__name__
    EditorLanguagesForm.__qualname__ = form_class.__qualname__
    return EditorLanguagesForm
