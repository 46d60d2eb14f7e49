"""The provider adapters against local servers that speak DeepL's and LibreTranslate's APIs."""

import pytest

from tests.translations.fake_providers import DEEPL_KEY, LIBRE_KEY
from translations.machine import config
from translations.machine.providers.base import (
    AuthenticationFailed,
    Glossary,
    ProviderUnavailable,
    QuotaExceeded,
    RateLimited,
    Timeout,
)
from translations.machine.providers.deepl import DeepLProvider
from translations.machine.providers.libretranslate import LibreTranslateProvider


def test_deepl_request_shape(fake_deepl):
    provider = config.get_provider()
    result = provider.translate(["Hallo", "<p>Ein <b>Kurs</b></p>"], "de", "en", html=True)
    assert result == ["[EN-GB] Hallo", "<p>[EN-GB] Ein <b>[EN-GB] Kurs</b></p>"]
    method, path, headers, body = fake_deepl.requests_to("/v2/translate")[0]
    assert headers["Authorization"] == f"DeepL-Auth-Key {DEEPL_KEY}"
    assert body["text"] == ["Hallo", "<p>Ein <b>Kurs</b></p>"]
    assert (body["source_lang"], body["target_lang"], body["tag_handling"]) == ("DE", "EN-GB", "html")
    assert len(fake_deepl.requests_to("/v2/translate")) == 1  # one request for the batch


def test_deepl_language_codes(fake_deepl):
    provider = config.get_provider()
    assert provider.translate(["Hallo"], "de", "uk") == ["[UK] Hallo"]
    assert "de-x-ls" not in config.offered_languages()


def test_deepl_glossary_for_a_supported_pair_is_created_used_and_deleted(fake_deepl):
    provider = config.get_provider()
    glossary = Glossary(terms={"Ausländerbehörde": "Immigration Office"}, keep={"Jobcenter"})
    result = provider.translate(["Die Ausländerbehörde und das Jobcenter"], "de", "en", glossary=glossary)
    assert result == ["[EN-GB] Die Immigration Office und das Jobcenter"]
    created = fake_deepl.requests_to("/v2/glossaries")[0][3]
    assert created["entries_format"] == "tsv"
    assert "Ausländerbehörde\tImmigration Office" in created["entries"]
    assert fake_deepl.requests_to("/v2/translate")[0][3]["glossary_id"]
    assert fake_deepl.glossaries == {}  # deleted after use
    assert provider.supports_glossary("de", "ar") is False


def test_deepl_wrong_key(fake_deepl):
    provider = DeepLProvider("wrong", fake_deepl.url, timeout=1, retries=0)
    with pytest.raises(AuthenticationFailed):
        provider.translate(["Hallo"], "de", "en")


@pytest.mark.parametrize(
    ("mode", "error"),
    [("quota", QuotaExceeded), ("rate", RateLimited), ("error", ProviderUnavailable), ("slow", Timeout)],
)
def test_deepl_errors(fake_deepl, mode, error):
    fake_deepl.mode = mode
    with pytest.raises(error):
        config.get_provider().translate(["Hallo"], "de", "en")


def test_deepl_unreachable(settings):
    settings.MACHINE_TRANSLATION = {
        "PROVIDER": "deepl",
        "AUTH_KEY": "k",
        "SERVER_URL": "http://127.0.0.1:9",
        "TIMEOUT": 1,
        "RETRIES": 0,
    }
    with pytest.raises(ProviderUnavailable):
        config.get_provider().translate(["Hallo"], "de", "en")


def test_libretranslate_request_shape(fake_libretranslate):
    provider = config.get_provider()
    assert isinstance(provider, LibreTranslateProvider)
    result = provider.translate(["Hallo", "Welt"], "de", "ar")
    assert result == ["[ar] Hallo", "[ar] Welt"]
    method, path, headers, body = fake_libretranslate.requests[0]
    assert (method, path) == ("POST", "/translate")
    assert body == {
        "q": ["Hallo", "Welt"],
        "source": "de",
        "target": "ar",
        "format": "text",
        "api_key": LIBRE_KEY,
    }
    assert provider.translate(["<p>Hallo</p>"], "de", "fa", html=True) == ["<p>[fa] Hallo</p>"]
    assert fake_libretranslate.requests[1][3]["format"] == "html"


def test_libretranslate_wrong_key(fake_libretranslate):
    provider = LibreTranslateProvider(fake_libretranslate.url, "wrong", timeout=1)
    with pytest.raises(AuthenticationFailed):
        provider.translate(["Hallo"], "de", "en")


def test_libretranslate_rate_limit_says_when_to_retry(fake_libretranslate):
    fake_libretranslate.mode = "rate"
    with pytest.raises(RateLimited) as raised:
        config.get_provider().translate(["Hallo"], "de", "en")
    assert raised.value.retry_after == 30


@pytest.mark.parametrize(("mode", "error"), [("error", ProviderUnavailable), ("slow", Timeout)])
def test_libretranslate_errors(fake_libretranslate, mode, error):
    fake_libretranslate.mode = mode
    with pytest.raises(error):
        config.get_provider().translate(["Hallo"], "de", "en")


def test_not_configured_is_hidden(settings):
    assert config.is_enabled() is False
    assert config.get_provider() is None
    assert config.offered_languages() == []
