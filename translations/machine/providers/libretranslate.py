"""A (self-hosted) LibreTranslate server over its HTTP API: ``POST /translate`` with ``q`` (a
list), ``source``, ``target``, ``format`` ("html" or "text") and ``api_key``; errors are 400,
403, 429 and 500 with ``{"error": "..."}``. LibreTranslate has no glossaries: the service
applies the county's terms around the request."""

import requests

from .base import (
    AuthenticationFailed,
    Provider,
    ProviderUnavailable,
    RateLimited,
    Rejected,
    Timeout,
)

BATCH = 50


class LibreTranslateProvider(Provider):
    name = "libretranslate"
    label = "LibreTranslate"
    language_codes = {"en": "en", "ar": "ar", "fa": "fa", "ru": "ru", "tr": "tr", "uk": "uk"}

    def __init__(self, server_url, auth_key="", timeout=10):
        self.url = server_url.rstrip("/") + "/translate"
        self.auth_key = auth_key
        self.timeout = timeout
        self.session = requests.Session()

    def translate(self, texts, source, target, html=False, glossary=None):
        code = self.target_code(target)
        if code is None:
            raise Rejected(f"LibreTranslate does not translate into {target}")
        result = []
        for start in range(0, len(texts), BATCH):
            result.extend(self._request(texts[start : start + BATCH], source, code, html))
        return result

    def _request(self, texts, source, target, html):
        payload = {"q": texts, "source": source, "target": target, "format": "html" if html else "text"}
        if self.auth_key:
            payload["api_key"] = self.auth_key
        try:
            response = self.session.post(self.url, json=payload, timeout=self.timeout)
        except requests.exceptions.Timeout as error:
            raise Timeout(str(error)) from error
        except requests.exceptions.RequestException as error:
            raise ProviderUnavailable(str(error)) from error
        message = _error_message(response)
        if response.status_code == 403:
            raise AuthenticationFailed(message)
        if response.status_code == 429:
            raise RateLimited(message, _retry_after(response))
        if response.status_code >= 500:
            raise ProviderUnavailable(message)
        if response.status_code != 200:
            raise Rejected(message)
        try:
            translated = response.json()["translatedText"]
        except (ValueError, KeyError, TypeError) as error:
            raise Rejected("LibreTranslate sent an answer without translatedText") from error
        if isinstance(translated, str):
            translated = [translated]
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise Rejected("LibreTranslate returned a different number of texts")
        return [str(text) for text in translated]


def _error_message(response):
    try:
        return str(response.json().get("error", response.status_code))
    except (ValueError, AttributeError):
        return f"HTTP {response.status_code}"


def _retry_after(response):
    try:
        return int(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
