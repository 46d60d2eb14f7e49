"""Machine-translation drafts: fill a page's empty translations from its German.

Call :func:`fill` with the draft being edited (``page.get_latest_revision_as_object()``), the
languages (None: every offered language) and the user. It translates every content field whose
translation is missing (or every field with ``replace=True``), keeping the structure of rich
text and StreamFields, saves a new draft revision with the filled fields marked as machine
translated, never publishes, and runs the guideline check on the result. All or nothing: when
the provider fails for any language, nothing is saved and :class:`FillFailed` carries a message
in the user's language.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from guidelines.models import WordList

from .. import text_kinds
from . import config, content, markup
from .models import GlossaryTerm
from .providers.base import (
    AuthenticationFailed,
    Glossary,
    ProviderError,
    ProviderUnavailable,
    QuotaExceeded,
    RateLimited,
    Rejected,
    Timeout,
)

is_enabled = config.is_enabled
offered_languages = config.offered_languages


class FillFailed(Exception):
    """Nothing was saved; ``message`` says why in the user's language."""

    def __init__(self, message, error=None):
        super().__init__(message)
        self.message = message
        self.error = error


@dataclass
class FillResult:
    filled: dict = field(default_factory=dict)  # language → [field names]
    not_offered: list = field(default_factory=list)  # languages asked for that cannot be filled
    findings: list = field(default_factory=list)  # guideline findings in the filled languages
    revision: object = None

    @property
    def field_count(self):
        return sum(len(names) for names in self.filled.values())


def glossary_for(language):
    """The county's terms for ``language``: the glossary and the official names (kept)."""
    glossary = Glossary()
    for term in GlossaryTerm.objects.all():
        if term.keep:
            glossary.keep.add(term.term)
        elif translated := term.translation(language):
            glossary.terms[term.term] = translated
    for word_list in WordList.objects.filter(enabled=True, purpose=WordList.Purpose.OFFICIAL_NAMES):
        glossary.keep.update(entry for entry in word_list.entry_list if "*" not in entry and "!" not in entry)
    return glossary


def error_message(error):
    if isinstance(error, QuotaExceeded):
        return _(
            "The machine translation quota is used up. Nothing was changed; "
            "try again next month or ask the county."
        )
    if isinstance(error, RateLimited):
        return _(
            "The machine translation service is busy (too many requests). Nothing was changed; "
            "try again in a minute."
        )
    if isinstance(error, Timeout):
        return _(
            "The machine translation service did not answer in time. Nothing was changed; try again later."
        )
    if isinstance(error, AuthenticationFailed):
        return _(
            "The machine translation service refused the portal's access key. Nothing was changed; "
            "please tell the county."
        )
    if isinstance(error, ProviderUnavailable):
        return _("The machine translation service cannot be reached. Nothing was changed; try again later.")
    return _("The machine translation service refused the text. Nothing was changed.")


def _translate_batch(provider, texts, language, html, glossary, native):
    """Translate ``texts`` in one call (chunked by the provider), protecting tags and terms."""
    if not texts:
        return []
    pattern = None if native else markup.term_pattern(glossary.entries())
    sent, tags, terms = [], [], []
    for text in texts:
        text_tags = []
        if html:
            text, text_tags = markup.protect_tags(text)
        text, found = markup.protect_terms(text, pattern)
        sent.append(text)
        tags.append(text_tags)
        terms.append(found)
    answer = provider.translate(
        sent, "de", language, html=html, glossary=glossary if native and glossary else None
    )
    if len(answer) != len(texts):
        raise Rejected("wrong number of texts")
    entries = glossary.entries()
    result = []
    for text, text_tags, found in zip(answer, tags, terms, strict=True):
        text = markup.restore_terms(text, found, entries)
        if html:
            text = markup.restore_tags(text, text_tags)
        result.append(text)
    return result


def translate_fields(provider, items, language):
    """Translate the leaves of ``items`` (one language) in place: one batch of plain texts,
    one of rich texts."""
    glossary = glossary_for(language)
    native = bool(glossary) and provider.supports_glossary("de", language)
    for kind in (text_kinds.TEXT, text_kinds.HTML):
        leaves = [leaf for item in items for leaf in item.leaves if leaf.kind == kind]
        translated = _translate_batch(
            provider, [leaf.text for leaf in leaves], language, kind == text_kinds.HTML, glossary, native
        )
        for leaf, text in zip(leaves, translated, strict=True):
            leaf.set(text)


def plan(draft, languages=None, replace=False, provider=None):
    """{language: [FieldText]} to fill, and the languages asked for that are not offered."""
    provider = provider or config.get_provider()
    offered = config.offered_languages(provider)
    asked = list(languages) if languages else offered
    not_offered = [code for code in asked if code not in offered]
    work = {}
    for language in asked:
        if language in offered:
            items = content.fields_to_fill(draft, language, replace=replace)
            if items:
                work[language] = items
    return work, not_offered


def fill(draft, languages=None, user=None, *, replace=False, save=True):
    """Fill the translations of ``draft`` (a page or its latest revision as object) from German
    and save them as a new draft revision marked machine translated. Returns a
    :class:`FillResult`; raises :class:`FillFailed` (nothing saved) when the provider fails,
    or when machine translation is not configured.

    ``save=False``: only set the fields on ``draft`` (and ``draft._machine_translated``); the
    caller saves it (``save_revision`` or ``save``), e.g. a moderation screen that saves the
    object itself. Any model with translated fields works, not only pages."""
    provider = config.get_provider()
    if provider is None:
        raise FillFailed(_("Machine translation is not set up for this portal."))
    work, not_offered = plan(draft, languages, replace, provider)
    result = FillResult(not_offered=not_offered)
    if not work:
        return result
    try:
        for language, items in work.items():
            translate_fields(provider, items, language)
    except ProviderError as error:
        raise FillFailed(error_message(error), error) from error
    marked = set()
    for language, items in work.items():
        for item in items:
            content.apply(draft, item)
            marked.add((language, item.name))
        result.filled[language] = [item.name for item in items]
    draft._machine_translated = marked
    if save:
        result.revision = draft.save_revision(user=user, log_action=True)
    result.findings = guideline_findings(draft, set(work))
    return result


def guideline_findings(draft, languages):
    """The guideline findings of the filled languages (the editor's live check, on the draft)."""
    from guidelines.services import gate, registry

    if not registry.is_checked(type(draft)):
        return []
    findings, _units = gate.check_page(draft)
    return [finding for finding in findings if finding.language in languages]
