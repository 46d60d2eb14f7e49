"""elasticsearch-dsl Document classes of the search index: one class per portal language.

``document_class(language, synonyms=...)`` builds the class of one language: index
``<ELASTICSEARCH_INDEX>-<language>``, ``title``/``body`` analysed with the language's custom
analyzer (``kn_<lang>_index``) and searched with ``kn_<lang>_search``, a German sub-field
``.de`` (analysed as German) for the documents that fall back to the German text.

Analyzers (built with elasticsearch_dsl ``analyzer``/``token_filter`` from the chains of the
language table, ``portal.languages``):

- German and Leichte Sprache (de-x-ls): lowercase, German stop words, german_normalization
  (ä→a, ß→ss), light_german stemmer; at index time also a dictionary decompounder with common
  compound parts (Sprachkurs → sprach, kurs). No hyphenation decompounder: it needs a
  patterns file on every node.
- English, Russian, Turkish, Arabic, Persian: the chains of Elasticsearch's built-in language
  analyzers rebuilt as custom analyzers (so the synonym filter can sit inside them).
- Ukrainian and anything else: standard tokenizer and lowercase (no stemmer without a plugin).

Synonyms: the search analyzers carry a ``synonym_graph`` filter (``kn_<lang>_synonyms``,
``updateable: true``, ``lenient: true``) with the editors' groups (search.Synonym, all of
them: the alias vocabulary applies to every language), placed after lowercase and before
stop words and stemming, so editors write plain words and the stemmer applies to the expanded
terms. It is in the search analyzers only, so a change needs no reindex:
``ElasticsearchBackend.update_synonyms`` puts the new analysis settings (close, put settings,
open). Without synonyms the filter is left out of the chain.
"""

from django.conf import settings
from elasticsearch.dsl import Boolean, Date, Document, Keyword, Text, analyzer, char_filter, token_filter

from portal import languages

from ..models import Synonym
from ..text import MAX_WORDS, query_words, words

FACET_NAMES = ("type", "town", "category", "language", "target_group", "free")

# Common parts of German compounds in the portal's vocabulary (lower case, normalised).
GERMAN_COMPOUND_PARTS = [
    "amt",
    "arbeit",
    "beratung",
    "betreuung",
    "deutsch",
    "familie",
    "frauen",
    "gesundheit",
    "hilfe",
    "integration",
    "kinder",
    "kurs",
    "migration",
    "schule",
    "sprach",
    "stelle",
    "wohnung",
]


def index_name(language):
    return f"{settings.ELASTICSEARCH_INDEX}-{language}".lower()


def _key(language):
    return language.replace("-", "_")


def _custom(key, spec, build):
    """A filter of the language table: a built-in name, or (name, type, options) made custom."""
    if isinstance(spec, str):
        return spec
    name, kind, options = spec
    return build(f"kn_{key}_{name}", kind, **options)


def chain(language, stemmers=True):
    """(char filters, filters before the synonyms, filters after them, decompounder or None).

    The decompounder (index analyzer only) goes just before the stemmer, the last filter.
    """
    key = _key(language)
    analysis = languages.language(language).analysis
    decompounder = None
    if analysis.decompound:
        decompounder = token_filter(
            f"kn_{key}_decompounder",
            "dictionary_decompounder",
            word_list=GERMAN_COMPOUND_PARTS,
            min_subword_size=3,
            only_longest_match=True,
        )
    return (
        [_custom(key, spec, char_filter) for spec in analysis.char_filters],
        [_custom(key, spec, token_filter) for spec in analysis.before],
        [_custom(key, spec, token_filter) for spec in analysis.after],
        decompounder,
    )


def _is_stemmer(item):
    return not isinstance(item, str) and item.get_definition().get("type") == "stemmer"


def _without_stemmers(parts):
    chars, before, after, decompounder = parts
    before = [item for item in before if not _is_stemmer(item)]
    return chars, before, [item for item in after if not _is_stemmer(item)], decompounder


def synonym_rules(language):
    """The editors' synonym groups as Solr rules ("kita, kindertagesstätte") for the index of
    ``language``: every group applies to every language (search.synonyms)."""
    rules = set()
    for group in Synonym.objects.only("terms", "language"):
        terms = []
        for term in group.term_list():
            # Words only (no rule syntax); umlauts kept, Arabic/Persian marks removed as in queries.
            found = query_words(term) if group.language in ("ar", "fa") else words(term)[:MAX_WORDS]
            plain = " ".join(word.lower() for word in found)
            if plain and plain not in terms:
                terms.append(plain)
        if len(terms) >= 2:
            rules.add(", ".join(terms))
    return sorted(rules)


def synonym_filter(language, rules, updateable=True):
    options = {"synonyms": rules, "lenient": True}
    if updateable:
        options["updateable"] = True
    return token_filter(f"kn_{_key(language)}_synonyms", "synonym_graph", **options)


def analyzers(language, rules=(), updateable=True, plain=False, stemmers=True, built_in=True):
    """(index analyzer, search analyzer) of ``language``.

    ``plain``: standard + lowercase only; ``stemmers=False`` (an engine that mishandles custom
    stemmer filters): the built-in German/English/Russian analyzer when ``built_in`` allows it
    (no synonym filter will ever be put into the index), otherwise the chain without stemmers.
    """
    key = _key(language)
    engine_analyzer = languages.language(language).analysis.built_in
    if not stemmers and built_in and not rules and not plain and engine_analyzer:
        built_in = analyzer(engine_analyzer)  # they stem even where custom stemmers fail
        return built_in, built_in
    parts = ([], ["lowercase"], [], None) if plain else chain(language)
    chars, before, after, decompounder = parts if stemmers else _without_stemmers(parts)
    synonyms = [synonym_filter(language, list(rules), updateable)] if rules else []
    index_filters = [*before, *after]
    if decompounder is not None and stemmers:
        index_filters = [*before, *after[:-1], decompounder, after[-1]]
    elif decompounder is not None:
        index_filters = [*before, *after, decompounder]
    index = analyzer(f"kn_{key}_index", tokenizer="standard", char_filter=chars, filter=index_filters)
    search = analyzer(
        f"kn_{key}_search", tokenizer="standard", char_filter=chars, filter=[*before, *synonyms, *after]
    )
    return index, search


def document_class(language, rules=(), updateable=True, plain=False, stemmers=True, built_in=True):
    """The Document class of one language's index (``rules``: synonym rules for its analyzers)."""
    index, search = analyzers(language, rules, updateable, plain, stemmers, built_in)
    if language.startswith("de"):
        german_index, german_search = index, search
    else:  # documents without a translation carry German text: German analysis, same synonyms
        german_index, german_search = analyzers("de", rules, updateable, plain, stemmers, built_in)

    def text(**extra):
        german = Text(analyzer=german_index, search_analyzer=german_search)
        return Text(analyzer=index, search_analyzer=search, fields={"de": german, **extra})

    attributes = {
        "title": text(raw=Keyword()),
        "body": text(),
        # The German text of a document in another language (searched, never shown) and whether
        # the document is in the index language (results in the reader's language first).
        "german": Text(analyzer=german_index, search_analyzer=german_search),
        "own_language": Boolean(),
        "object_type": Keyword(),
        "town": Keyword(),
        "date": Date(),
        "url": Keyword(),
        "text_language": Keyword(),
        "title_language": Keyword(),
        "body_language": Keyword(),
        "fallback": Boolean(),
        "Index": type("Index", (), {"name": index_name(language), "settings": {"number_of_shards": 1}}),
        "__module__": __name__,
    }
    for name in FACET_NAMES:
        attributes[f"f_{name}"] = Keyword(multi=True)
        attributes[f"fl_{name}"] = Keyword(multi=True)
    return type(f"SearchDocument_{_key(language)}", (Document,), attributes)
