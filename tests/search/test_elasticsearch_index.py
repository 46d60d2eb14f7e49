"""The Elasticsearch indexes: Document classes, language analyzers, the editors' synonym filter.

osmem-server stores analysis settings but ignores synonym_graph filters and mishandles custom
stemmer filters (see search.backends.elasticsearch): the analyzer chains are checked on the
generated Index objects, what reaches the engine through ``indices.get_settings``/``get_mapping``.
"""

import logging

import pytest
from django.conf import settings

from search.backends import elasticsearch as es_backend
from search.backends.es_documents import document_class, synonym_rules
from search.models import Synonym

pytestmark = pytest.mark.django_db


def analysis(language, rules=()):
    return document_class(language, rules)._index.to_dict()["settings"]["analysis"]


def filters(language, name, rules=()):
    """The filter chain of analyzer ``name`` with each custom filter replaced by its definition."""
    data = analysis(language, rules)
    return [
        data["filter"].get(item, item) if isinstance(item, str) else item
        for item in data["analyzer"][name]["filter"]
    ]


def has(chain, **definition):
    return any(isinstance(item, dict) and definition.items() <= item.items() for item in chain)


@pytest.fixture
def engine(settings, osmem_url):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = osmem_url
    settings.ELASTICSEARCH_INDEX = "test"
    settings.ELASTICSEARCH_TIMEOUT = 15
    return es_backend.ElasticsearchBackend()


@pytest.mark.parametrize("language", ["de", "de-x-ls"])
def test_german_analysis_normalises_stems_and_decompounds(language):
    key = language.replace("-", "_")
    index = filters(language, f"kn_{key}_index")
    search = filters(language, f"kn_{key}_search")
    for chain in (index, search):
        assert "german_normalization" in chain
        assert has(chain, type="stemmer", language="light_german")
        assert has(chain, type="stop", stopwords="_german_")
    assert has(index, type="dictionary_decompounder")
    assert (
        "kurs" in next(item for item in index if isinstance(item, dict) and "word_list" in item)["word_list"]
    )
    assert not has(search, type="dictionary_decompounder")  # the query word stays whole
    assert index[-1]["type"] == "stemmer"  # compound parts are stemmed too


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", {"type": "stemmer", "language": "english"}),
        ("ru", {"type": "stemmer", "language": "russian"}),
        ("tr", {"type": "stemmer", "language": "turkish"}),
        ("ar", {"type": "stemmer", "language": "arabic"}),
        ("fa", {"type": "stop", "stopwords": "_persian_"}),
    ],
)
def test_language_analyzers_and_german_subfield(language, expected):
    chain = filters(language, f"kn_{language}_index")
    assert has(chain, **expected)
    if language in ("ar", "fa"):
        assert "arabic_normalization" in chain
    if language == "fa":
        assert "persian_normalization" in chain
    if language == "tr":
        assert has(chain, type="lowercase", language="turkish")
    title = document_class(language)._index.to_dict()["mappings"]["properties"]["title"]
    assert (title["analyzer"], title["search_analyzer"]) == (f"kn_{language}_index", f"kn_{language}_search")
    assert title["fields"]["de"]["analyzer"] == "kn_de_index"  # documents falling back to German


def test_ukrainian_is_standard_with_lowercase():
    assert filters("uk", "kn_uk_index") == ["lowercase"]


def test_one_document_class_per_language_named_after_the_setting(settings):
    settings.ELASTICSEARCH_INDEX = "Kreis"
    names = {document_class(code)._index._name for code, _name in settings.LANGUAGES}
    assert names == {f"kreis-{code}" for code, _name in settings.LANGUAGES}


def test_synonym_filter_holds_the_editors_terms_in_the_search_analyzer_only():
    Synonym.objects.create(language="de", terms="Kita, Kindertagesstätte")
    Synonym.objects.create(language="de", terms="Deutschkurs, Sprachkurs, Integrationskurs#, sprachkurs")
    Synonym.objects.create(language="de", terms="=>, #")  # rule syntax only: no group
    Synonym.objects.create(language="ar", terms="دائرة الأَجانب, Ausländerbehörde")
    rules = synonym_rules("de")
    # Every group applies to every language's index (the alias vocabulary); Arabic marks removed.
    assert rules == [
        "deutschkurs, sprachkurs, integrationskurs",
        "kita, kindertagesstätte",
        "دايرة الاجانب, auslanderbehorde",
    ]
    assert synonym_rules("uk") == rules
    data = analysis("de", rules)
    assert data["filter"]["kn_de_synonyms"] == {
        "type": "synonym_graph",
        "synonyms": rules,
        "lenient": True,
        "updateable": True,
    }
    search = data["analyzer"]["kn_de_search"]["filter"]
    assert search.index("kn_de_synonyms") < search.index("kn_de_stemmer")  # stems the expansions
    assert "kn_de_synonyms" not in data["analyzer"]["kn_de_index"]["filter"]
    assert "kn_de_synonyms" not in analysis("de")["filter"]  # no group: no filter


def test_osmem_is_probed_once_and_the_fallback_is_logged(engine, caplog, monkeypatch):
    calls = []
    probe = es_backend.ElasticsearchBackend._probe
    monkeypatch.setattr(
        es_backend.ElasticsearchBackend, "_probe", lambda self: calls.append(1) or probe(self)
    )
    monkeypatch.delitem(es_backend._probed, settings.ELASTICSEARCH_URL, raising=False)
    with caplog.at_level(logging.WARNING, logger="kreisnetz.search"):
        first = engine.capabilities()
        second = es_backend.ElasticsearchBackend().capabilities()
    assert first == second == {"synonyms": False, "updateable": True, "stemmers": False}
    assert len(calls) == 1
    assert sum("expanded at query time" in record.getMessage() for record in caplog.records) == 1
    assert not engine.client.indices.exists(index="test-probe")


def test_indexes_on_osmem_get_the_language_analysis(engine):
    for code in ("ar", "de"):
        engine.ensure_index(code)
    stored = engine.client.indices.get_settings(index="test-ar")["test-ar"]["settings"]["index"]["analysis"]
    assert stored["analyzer"]["kn_ar_search"]["filter"] == [
        "lowercase",
        "decimal_digit",
        "kn_ar_stop",
        "arabic_normalization",
    ]
    mapping = engine.client.indices.get_mapping(index="test-ar")["test-ar"]["mappings"]["properties"]
    assert mapping["title"]["analyzer"] == "kn_ar_index"
    assert mapping["title"]["fields"]["de"]["analyzer"] == "german"  # osmem: built-in German stems
    assert mapping["f_category"] == {"type": "keyword"}
    german = engine.client.indices.get_mapping(index="test-de")["test-de"]["mappings"]["properties"]
    assert german["body"]["analyzer"] == german["body"].get("search_analyzer", "german") == "german"


def test_synonym_change_on_osmem_is_expanded_at_query_time_without_touching_the_index(engine):
    from search import backends
    from search.backends.base import SearchRequest

    engine.ensure_index("de")
    before = engine.client.indices.get_settings(index="test-de")["test-de"]["settings"]["index"].get(
        "analysis"
    )
    Synonym.objects.create(language="de", terms="Kita, Kindertagesstätte")
    after = engine.client.indices.get_settings(index="test-de")["test-de"]["settings"]["index"].get(
        "analysis"
    )
    assert after == before
    groups = []
    original = engine._query
    engine._query = lambda query_groups: groups.extend(query_groups) or original(query_groups)
    engine.search(SearchRequest(query="Kita", language="de"))
    assert any(alternative[0].startswith("kindertages") for group in groups for alternative in group)
    assert backends.configured().name == "elasticsearch"


@pytest.fixture
def synonym_engine(engine, monkeypatch):
    """The engine as a real Elasticsearch presents itself: synonym filters applied, updateable."""
    monkeypatch.setitem(
        es_backend._probed,
        settings.ELASTICSEARCH_URL,
        {"synonyms": True, "updateable": True, "stemmers": True},
    )
    return engine


def test_synonym_save_and_delete_update_the_index_settings(synonym_engine):
    client = synonym_engine.client
    synonym_engine.ensure_index("de")
    synonym_engine.ensure_index("en")

    def stored(index):
        return client.indices.get_settings(index=index)[index]["settings"]["index"]["analysis"]

    assert "kn_de_synonyms" not in stored("test-de")["analyzer"]["kn_de_search"]["filter"]
    group = Synonym.objects.create(language="de", terms="Kita, Kindertagesstätte")
    analysis = stored("test-de")
    assert analysis["filter"]["kn_de_synonyms"]["synonyms"] == ["kita, kindertagesstätte"]
    assert analysis["filter"]["kn_de_synonyms"]["type"] == "synonym_graph"
    assert "kn_de_synonyms" in analysis["analyzer"]["kn_de_search"]["filter"]
    assert "kn_de_synonyms" not in analysis["analyzer"]["kn_de_index"]["filter"]
    # The alias vocabulary applies to every language: the English index gets the group too.
    assert stored("test-en")["filter"]["kn_en_synonyms"]["synonyms"] == ["kita, kindertagesstätte"]
    group.terms = "Kita, Kindertagesstätte, Krippe"
    group.save()
    assert stored("test-de")["filter"]["kn_de_synonyms"]["synonyms"] == ["kita, kindertagesstätte, krippe"]
    group.delete()
    assert "kn_de_synonyms" not in stored("test-de")["analyzer"]["kn_de_search"]["filter"]
    # the index is open again and answers
    assert client.search(index="test-de", query={"match_all": {}})["hits"]["total"]["value"] == 0


def test_with_the_synonym_filter_the_query_is_not_expanded_again(synonym_engine):
    from search.backends.base import SearchRequest

    synonym_engine.ensure_index("de")
    Synonym.objects.create(language="de", terms="Kita, Kindertagesstätte")
    groups = []
    original = synonym_engine._query
    synonym_engine._query = lambda query_groups: groups.extend(query_groups) or original(query_groups)
    synonym_engine.search(SearchRequest(query="Kita", language="de"))
    assert groups and all("kindertagesst" not in part for group in groups for alt in group for part in alt)


def test_refused_synonyms_fall_back_to_query_time_expansion(synonym_engine, monkeypatch, caplog):
    from elastic_transport import ApiResponseMeta, HttpHeaders
    from elasticsearch import BadRequestError

    client = synonym_engine.client
    synonym_engine.ensure_index("de")
    real_put = client.indices.put_settings
    meta = ApiResponseMeta(status=400, http_version="1.1", headers=HttpHeaders(), duration=0.0, node=None)

    def refuse_synonyms(**kwargs):
        if "kn_de_synonyms" in kwargs["settings"]["analysis"].get("filter", {}):
            raise BadRequestError("synonym_graph not supported", meta, {})
        return real_put(**kwargs)

    monkeypatch.setattr(client.indices, "put_settings", refuse_synonyms)
    backend_class = es_backend.ElasticsearchBackend
    monkeypatch.setattr(backend_class, "__init__", lambda self: setattr(self, "client", client))
    with caplog.at_level(logging.WARNING, logger="kreisnetz.search"):
        Synonym.objects.create(language="de", terms="Kita, Kindertagesstätte")
    assert any("refused" in record.getMessage() for record in caplog.records)
    assert synonym_engine.capabilities()["synonyms"] is False
    assert client.search(index="test-de", query={"match_all": {}})["hits"]["total"]["value"] == 0  # open
    groups = []
    original = synonym_engine._query
    synonym_engine._query = lambda query_groups: groups.extend(query_groups) or original(query_groups)
    from search.backends.base import SearchRequest

    synonym_engine.search(SearchRequest(query="Kita", language="de"))
    assert any(alternative[0].startswith("kindertages") for group in groups for alternative in group)
