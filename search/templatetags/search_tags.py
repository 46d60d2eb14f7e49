"""The repeated parts of the search page (facet checkboxes, hits), rendered in Python.

A result page repeats these blocks up to a few hundred times; built as strings they cost a
fraction of the template loop that they replace, with the same markup: every value goes
through ``escape``, every checkbox has its label, every hit in another language says so.
Snippets come escaped from the backend (``<mark>`` is the only markup in them).
"""

from django import template
from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from portal.i18n import SOURCE_LANGUAGE, direction
from portal.local_dates import format_date

register = template.Library()


@register.simple_tag
def search_facets(facets, form=""):
    """One fieldset (legend, labelled checkboxes with counts) per facet; ``form``: the id of the
    form the checkboxes belong to when they stand outside it (after the results)."""
    owner = f' form="{escape(form)}"' if form else ""
    return mark_safe("\n".join(_facet(facet, owner) for facet in facets))  # noqa: S308 - escaped below


def _facet(facet, owner=""):
    name = escape(facet["name"])
    boxes = []
    for number, item in enumerate(facet["values"], start=1):
        checked = " checked" if item["checked"] else ""
        boxes.append(
            f'<div class="field--checkbox"><input type="checkbox"{owner} name="{name}" '
            f'value="{escape(item["value"])}" id="facet-{name}-{number}"{checked}>'
            f'<label for="facet-{name}-{number}">{escape(item["label"])} '
            f"({formats.localize(item['count'])})</label></div>"
        )
    legend = escape(facet["label"])
    return f'<fieldset class="field field--group"><legend>{legend}</legend>{"".join(boxes)}</fieldset>'


@register.simple_tag
def search_hits(hits, language):
    """The hits of the page; a hit whose text is in another language carries its lang/dir."""
    return mark_safe("\n".join(_hit(hit, language) for hit in hits))  # noqa: S308 - escaped below


def _hit(hit, language):
    meta: str = escape(hit.type_label)
    if hit.town:
        meta += f" · {escape(hit.town)}"
    if hit.date:
        meta += f' · <time datetime="{hit.date.isoformat()}">{escape(format_date(hit.date, "long"))}</time>'
    other = _language_of(hit.text_language, language)
    title_language = _language_of(hit.title_language or hit.text_language, hit.text_language)
    # The snippet comes escaped from the backend.
    snippet = ""
    if hit.snippet:
        body_language = _language_of(hit.body_language or hit.text_language, hit.text_language)
        snippet = f'<p class="search-hit__snippet"{body_language}>{hit.snippet}</p>'
    link = f'<a href="{escape(hit.url)}">{escape(hit.title)}</a>'
    own = f' lang="{escape(language)}" dir="{direction(language)}"'
    note = ""
    if hit.text_language == SOURCE_LANGUAGE and language != SOURCE_LANGUAGE:
        note = (
            f'<p class="fallback-note fallback-note--short"{own}>'
            f"{escape(gettext('Not yet in your language: shown in German.'))}</p>"
        )
    return (
        f'<li class="search-hit"{other}><p class="search-hit__type"{own}>{meta}</p>'
        f'<h3 class="search-hit__title"{title_language}>{link}</h3>{snippet}{note}</li>'
    )


def _language_of(code, around):
    """lang and dir attributes for a part in ``code`` inside an element in ``around``."""
    if code == around:
        return ""
    return f' lang="{escape(code)}" dir="{direction(code)}"'
