"""German shown in another language is marked as German, on every public page type in every language.

The rule (Deliver 4 of issue 16), as checked here on the demo county (tests/public_pages.py):

- *German fallback text* of a language L: the German value of a translated field (modeltranslation,
  pages and snippets such as categories) whose value in L is empty, and every German-only public
  text (``GERMAN_ONLY``: minutes, agenda items, tasks, Tandem projects are written by members in
  German and have no translation fields). Rich text and StreamField values are split into their
  text nodes; fragments shorter than ``MIN_LETTERS`` letters and fragments that are also some
  value in L itself (a name spelled the same in both) are left out.
- A text node of the rendered ``<body>`` *shows* such a fragment when, whitespace collapsed, it
  equals it, or contains it and the fragment is at least ``MIN_CONTAINED`` characters long.
- Such a text node must be marked: the nearest element with a ``lang`` attribute is inside
  ``<body>`` and has a German language tag (``de`` or ``de-…``: the language switcher names
  Leichte Sprache in Leichte Sprache; the ``lang`` of ``<html>`` does not count, so Leichte
  Sprache pages mark standard German too), and the nearest element with a ``dir`` attribute has
  ``dir="ltr"``. The page also holds the note in the reader's language (an element with the
  class ``fallback-note``).
- Names of places (the titles of the county and its towns), of organisations, and of languages
  (as the language switcher writes them: "Leichte Sprache") are names, not text to translate,
  and are left out; so are the interface's own translations into L (a msgstr of L's catalogue:
  Leichte Sprache writes "Impressum" too).

Text in ``<head>`` (``<title>``, meta) cannot carry markup and is not checked.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup, Comment
from django.apps import apps
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import to_locale
from modeltranslation.translator import translator

from organisations.models import Organisation
from portal.i18n import localized_field
from portal.languages import LANGUAGE_TABLE
from tests.public_pages import LANGUAGE_CODES, public_paths

SOURCE = settings.LANGUAGE_CODE
OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE]
MIN_LETTERS = 4
MIN_CONTAINED = 20

# Public text that exists only in German (no translation fields): {model label: fields}.
GERMAN_ONLY = {
    "networking.AgendaItem": ("title",),
    "networking.ActionItem": ("what",),
    "networking.RoundTableSession": ("minutes", "decisions"),
    "networking.TwinningPair": ("project_title", "project_description", "project_result"),
}

NAMES = ("home.CountyHomePage", "home.TownPage")

_SPACE = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")


def _normal(text):
    return _SPACE.sub(" ", text).strip()


class _TextNodes(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []

    def handle_data(self, data):
        self.texts.append(data)


def _json_strings(data):
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        data = [value for key, value in data.items() if key not in {"type", "id"}]
    if isinstance(data, list):
        return [string for item in data for string in _json_strings(item)]
    return []


def _strings(value):
    """The text fragments of a field value (plain text, rich text or a StreamField)."""
    if value is None:
        return []
    if hasattr(value, "raw_data"):
        return [text for string in _json_strings(list(value.raw_data)) for text in _strings(string)]
    value = str(value)
    if "<" in value and strip_tags(value) != value:
        parser = _TextNodes()
        parser.feed(value)
        return [text for chunk in parser.texts for text in chunk.splitlines()]
    return value.splitlines()


def _fragments(values):
    return {
        text
        for text in (_normal(raw) for value in values for raw in _strings(value))
        if len(_LETTER.findall(text)) >= MIN_LETTERS
    }


def _translated_values():
    """[(instance, field)] of every translated field of every registered model."""
    pairs = []
    for model in translator.get_registered_models(abstract=False):
        if model._meta.proxy:
            continue
        fields = translator.get_options_for_model(model).fields
        for instance in model._default_manager.all():
            pairs.extend((instance, field) for field in fields)
    return pairs


def german_fallbacks(language):
    """The German fragments a page in ``language`` shows for lack of a translation."""
    german, own = [], []
    for instance, field in _translated_values():
        source = getattr(instance, localized_field(field, SOURCE), None)
        value = getattr(instance, localized_field(field, language), None)
        if _strings(value) and _normal(" ".join(_strings(value))):
            own.append(value)
        elif source:
            german.append(source)
    for label, fields in GERMAN_ONLY.items():
        for instance in apps.get_model(label)._default_manager.all():
            german.extend(getattr(instance, field) for field in fields)
    names = [page.title_de for label in NAMES for page in apps.get_model(label).objects.all()]
    names += [language.native_name for language in LANGUAGE_TABLE]
    names += [organisation.name for organisation in Organisation.objects.all()]
    names += _catalogue(language)
    return _fragments(german) - _fragments(own) - _fragments(names)


def _catalogue(language):
    """The msgstr values of ``language``'s catalogue (interface text in that language)."""
    path = Path(settings.BASE_DIR) / "locale" / to_locale(language) / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po:
        messages = read_po(po)
    texts = []
    for message in messages:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        texts.extend(string for string in strings if string)
    return texts


def _shows(text, fragments):
    if text in fragments:
        return True
    long_enough = len(text) >= MIN_CONTAINED
    return long_enough and any(len(part) >= MIN_CONTAINED and part in text for part in fragments)


def _nearest(node, attribute):
    """The nearest ancestor of ``node`` with ``attribute``, or None."""
    return next((parent for parent in node.parents if getattr(parent, "attrs", {}).get(attribute)), None)


def is_marked_german(node):
    lang, direction = _nearest(node, "lang"), _nearest(node, "dir")
    german = lang is not None and lang.name != "html" and lang["lang"].split("-")[0] == SOURCE
    return german and direction is not None and direction["dir"] == "ltr"


def unmarked_german(html, fragments):
    """The German fallback texts of ``html`` without lang="de"/dir="ltr", and whether it has the note."""
    body = BeautifulSoup(html, "html.parser").body
    for element in body.find_all(["script", "style", "template"]):
        element.decompose()
    unmarked, shown = [], False
    for node in body.find_all(string=True):
        if isinstance(node, Comment):
            continue
        text = _normal(node)
        if not text or not _shows(text, fragments):
            continue
        shown = True
        if not is_marked_german(node):
            unmarked.append(f"<{node.parent.name}> {text[:70]}")
    has_note = bool(body.select(".fallback-note"))
    return unmarked, shown, has_note


@pytest.fixture(scope="module")
def site(demo_site):
    return {language: (public_paths(language), german_fallbacks(language)) for language in OTHER_LANGUAGES}


def test_the_demo_has_german_fallbacks_to_check(site):
    """The check has something to find: the demo leaves texts untranslated in every language."""
    for language in OTHER_LANGUAGES:
        assert len(site[language][1]) > 20, language


@pytest.mark.parametrize("language", OTHER_LANGUAGES, ids=lambda code: f"in-{code}")
def test_german_text_is_marked_on_every_public_page(site, client, language):
    paths, fragments = site[language]
    failures = {}
    for path in paths.values():
        response = client.get(path)
        assert response.status_code == 200, path
        unmarked, shown, has_note = unmarked_german(response.content.decode(), fragments)
        if unmarked:
            failures[path] = unmarked[:6]
        elif shown and not has_note:
            failures[path] = ["German text without the note in the reader's language"]
    assert not failures, json.dumps(failures, ensure_ascii=False, indent=1)
