"""Language helpers: which language a shown value comes from, directions, language versions."""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info
from modeltranslation.utils import build_localized_fieldname, resolution_order

from . import languages

SOURCE_LANGUAGE = settings.LANGUAGE_CODE


def localized_field(name, code):
    """The modeltranslation field of ``name`` in language ``code`` ("title", "de-x-ls" → "title_de_x_ls")."""
    return build_localized_fieldname(name, code)


def localized_fields(name):
    """The fields of ``name`` in every portal language, in the order of settings.LANGUAGES."""
    return [localized_field(name, code) for code, _name in settings.LANGUAGES]


def localized_values(name, values):
    """{field of ``name`` in a language: value} for {language code: value}."""
    return {localized_field(name, code): value for code, value in values.items()}


def is_rtl(code):
    return code.split("-")[0] in settings.LANGUAGES_BIDI


def direction(code):
    return "rtl" if is_rtl(code) else "ltr"


def local_name(code):
    return languages.language(code, fallback=False).native_name or get_language_info(code)["name_local"]


def _empty(value):
    if value is None:
        return True
    if hasattr(value, "raw_data"):
        return len(value.raw_data) == 0
    return str(value).strip() == ""


@dataclass
class TranslatedValue:
    """A field value as shown to the reader, with the language it actually comes from."""

    value: object
    language: str
    requested: str

    @property
    def is_fallback(self):
        return self.language != self.requested and not _empty(self.value)

    @property
    def attrs(self):
        """`lang`/`dir` attributes for the element that holds the value, when it is a fallback."""
        if not self.is_fallback:
            return ""
        return format_html(' lang="{}" dir="{}"', self.language, direction(self.language))

    def __str__(self):
        return "" if self.value is None else str(self.value)

    def __bool__(self):
        return not _empty(self.value)


def translated(instance, field_name, language=None):
    """The value of a translated field in the active language, or its fallback."""
    requested = language or translation.get_language() or SOURCE_LANGUAGE
    for code in resolution_order(requested, getattr(settings, "MODELTRANSLATION_FALLBACK_LANGUAGES", {})):
        value = getattr(instance, build_localized_fieldname(field_name, code), None)
        if not _empty(value):
            return TranslatedValue(value, code, requested)
    return TranslatedValue(getattr(instance, field_name, None), requested, requested)


def source_text(value, language=None):
    """A value that exists only in German (minutes, agenda items, tasks written by members), as
    shown to the reader: a fallback, with `lang`/`dir` and the note, in every other language."""
    requested = language or translation.get_language() or SOURCE_LANGUAGE
    return TranslatedValue(value, SOURCE_LANGUAGE, requested)


@dataclass
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool

    @property
    def dir(self):
        return direction(self.code)


def language_versions(request, page=None):
    """The same page (or view) in every language, for the switcher and hreflang links."""
    current = translation.get_language()
    suffix = _route_suffix(request, page)
    versions = []
    for code, _name in settings.LANGUAGES:
        if page is None:
            url = translation_url(request, code, current)
        else:
            with translation.override(code):
                url = page.get_url(request=request) + suffix
        if url:
            versions.append(LanguageVersion(code, local_name(code), url, code == current))
    return versions


def _route_suffix(request, page):
    """The part of the path below a page (routable pages serve sub-paths such as profiles)."""
    if page is None:
        return ""
    base = page.get_url(request=request) or ""
    return request.path[len(base) :] if base and request.path.startswith(base) else ""


def translation_url(request, code, current=None):
    """The current view's URL in language ``code``, with the same query string.

    The path is resolved in the language it was requested in (``current``) and reversed in
    ``code``; resolving it in ``code`` would miss translated paths (``/suche/`` → ``/en/search/``).
    """
    from django.urls import get_urlconf

    path, _sep, query = request.get_full_path().partition("?")
    url = _translated_path(get_urlconf(), path, current or translation.get_language(), code)
    return f"{url}?{query}" if query else url


@lru_cache(maxsize=4096)
def _translated_path(urlconf, path, current, code):
    """translate_url of a path (resolve and reverse), remembered: URL patterns do not change
    while the process runs; ``urlconf`` is in the key for tests that swap it."""
    from django.urls import translate_url

    with translation.override(current):
        return translate_url(path, code)
