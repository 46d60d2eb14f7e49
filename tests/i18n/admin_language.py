"""What an admin page shows in the wrong language: helpers of tests/i18n/test_admin_language.py.

``visible_text(html)`` gives the text nodes a person sees or hears (no <script>, <style> or
<template>; with labels of attributes: placeholder, title, aria-label, alt) plus the labels of
Wagtail's sidebar menu (packed as JSON in a script). ``findings(texts, language, content)`` names
the text nodes that are in another language than ``language``:

- German admin: a whole text node that is an English msgid German translates (Wagtail's, Django's,
  modeltranslation's or ours), one of our English msgids of two words or more inside a longer text,
  or a raw value (True, False, None);
- English admin: a whole text node that is a German translation of a msgid, one of our German
  translations of two words or more inside a longer text, or a word with an umlaut or ß.

What the people of the county wrote (page titles, organisation names, rules, group names...) is
``content``: it is taken out of each text node before the checks, in any language.
"""

import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import trans_real

# A textarea's text is the value of a field (what people wrote, e.g. a word list), not the UI.
HIDDEN_TAGS = {"script", "style", "template", "textarea"}
VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
LABEL_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
RAW_VALUES = re.compile(r"\b(True|False|None)\b")
GERMAN_LETTERS = re.compile(r"\w*[äöüÄÖÜß]\w*")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
# English that no German catalogue of a package translates: wagtail-modeltranslation has none,
# Wagtail's German keeps "Home".
KNOWN_ENGLISH = {"View / edit fields for", "Copy content from", "Home"}


# Hidden until a script fills them: the side panel's error counter holds "None" until then.
# (Other hidden elements count: tabs, dropdowns and dialogs are shown with a click.)
SCRIPT_FILLED = ("data-side-panel-toggle-counter",)


class _Text(HTMLParser):
    """Text nodes outside <script>, <style>, <template> and script-filled placeholders."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.stack = []  # (tag, hides) of the open elements
        self.menu_json = []
        self._in_sidebar_props = False

    @property
    def hidden(self):
        return any(hides for _tag, hides in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("id") == "wagtail-sidebar-props":
            self._in_sidebar_props = True
        hides = tag in HIDDEN_TAGS or any(name in attrs for name in SCRIPT_FILLED)
        if not self.hidden and not hides:
            for name in LABEL_ATTRIBUTES:
                if attrs.get(name):
                    self.texts.append(" ".join(attrs[name].split()))
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.texts.append(attrs["value"].strip())
        if tag not in VOID_TAGS:
            self.stack.append((tag, hides))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_sidebar_props = False
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self._in_sidebar_props:
            self.menu_json.append(data)
        elif not self.hidden and data.strip():
            self.texts.append(" ".join(data.split()))


def _menu_items(node):
    """(label, url) of every item in Wagtail's packed sidebar props."""
    if isinstance(node, dict):
        if isinstance(node.get("label"), str):
            yield node["label"], node.get("url")
        for value in node.values():
            yield from _menu_items(value)
    elif isinstance(node, list):
        for value in node:
            yield from _menu_items(value)


def parse(html):
    """(visible text nodes, sidebar menu items as (label, url))."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    menu = list(_menu_items(json.loads("".join(parser.menu_json)))) if parser.menu_json else []
    return parser.texts, menu


def modeltranslation_toggle(html):
    """The heading wagtail-modeltranslation's language picker shows (set in a script)."""
    found = re.search(r"viewEditString: '([^']*)'", html)
    return found.group(1) if found else None


@cache
def _merged_catalogue(language):
    """(msgid, translation) of every catalogue Django loads for ``language`` (Django, Wagtail,
    modeltranslation, ours)."""
    pairs = set()
    for msgid, text in trans_real.translation(language)._catalog.items():
        if isinstance(msgid, tuple):  # plural forms
            msgid = msgid[0]
        msgid = msgid.split("\x04")[-1]  # without its context
        if msgid and text:
            pairs.add((msgid, text))
    return pairs


def _with_capitals(words):
    words = set(words)
    return words | {capfirst(word) for word in words}


@cache
def _our_catalogue():
    """Our German catalogue: msgid → German, where the two differ."""
    path = Path(settings.BASE_DIR) / "locale" / "de" / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    pairs = {}
    for message in catalogue:
        msgid, text = message.id, message.string
        if isinstance(msgid, tuple | list):
            msgid, text = msgid[0], text[0]
        if msgid and text and msgid != text:
            pairs[msgid] = text
    return pairs


def _phrases(strings):
    """The fixed parts (two words or more) of ``strings``, split at placeholders."""
    result = set()
    for string in strings:
        for part in PLACEHOLDER.split(string):
            part = " ".join(part.split()).strip(" .,:;()–-\u201c\u201d\u201e\"'")
            if len(part.split()) >= 2 and len(part) >= 8:
                result.add(part)
    return result


@cache
def _detectors(language):
    """(whole text nodes that are wrong, phrases that are wrong inside a text) for ``language``."""
    pairs = _merged_catalogue("de")
    english = _with_capitals(msgid for msgid, _text in pairs)
    german = _with_capitals(text for _msgid, text in pairs)
    if language == "de":
        # English words German writes otherwise (not "Name", "Status": German writes them alike)
        wrong_whole = {
            word for word in english - german if len(word) >= 3 and re.search(r"[A-Za-z]{3}", word)
        }
        wrong_whole |= KNOWN_ENGLISH
        phrases = _phrases(_our_catalogue()) - _phrases(_our_catalogue().values())
    else:
        wrong_whole = {word for word in german - english if len(word) >= 3}
        phrases = _phrases(_our_catalogue().values()) - _phrases(_our_catalogue())
    pattern = None
    if phrases:
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return wrong_whole, pattern


QUOTED = re.compile(r"“[^”]*”|„[^“”]*[“”]|»[^«]*«|‚[^‘’]*[‘’]")


def _without_content(text, content):
    for written in content:
        if written in text:  # whole words only: "en" (a language code) is no part of "Listenlayout"
            text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", " ", text)
    text = QUOTED.sub(" ", text)  # a word in quotes is mentioned ("e.g. “Ausländerbehörde”"), not used
    return " ".join(text.split()).strip(" .,:;()[]|/·–-…")


def findings(texts, language, content=()):
    """The text nodes of ``texts`` that are not in ``language`` ("de" or "en"), as
    "found: in text" lines. ``content``: strings people wrote, longest first."""
    wrong_whole, pattern = _detectors(language)
    found = []
    for text in texts:
        rest = _without_content(text, content)
        if not rest:
            continue
        hits = []
        if rest in wrong_whole:
            hits.append(rest)
        if pattern is not None:
            hits += pattern.findall(rest)
        if language == "de":
            hits += RAW_VALUES.findall(rest)
        else:
            hits += GERMAN_LETTERS.findall(rest)
        found += [f"{hit!r} in {text!r}" for hit in dict.fromkeys(hits)]
    return found
