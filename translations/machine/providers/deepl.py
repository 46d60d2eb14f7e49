"""DeepL through its official client library (``deepl``).

Rich text goes with ``tag_handling="html"``; the county's glossary becomes a DeepL glossary for
the request when DeepL supports glossaries for the language pair (and is deleted afterwards).
"""

import contextlib
import hashlib

import deepl
import requests
from deepl import http_client

from .base import (
    AuthenticationFailed,
    Provider,
    ProviderUnavailable,
    QuotaExceeded,
    RateLimited,
    Rejected,
    Timeout,
)

BATCH = 50  # DeepL takes up to 50 texts per request


class DeepLProvider(Provider):
    name = "deepl"
    label = "DeepL"
    language_codes = {"en": "EN-GB", "ar": "AR", "fa": "FA", "ru": "RU", "tr": "TR", "uk": "UK"}

    def __init__(self, auth_key, server_url=None, timeout=10, retries=0):
        # The library keeps its network settings module-wide: the portal has one DeepL account.
        http_client.max_network_retries = retries
        http_client.min_connection_timeout = float(timeout)
        self.client = deepl.Translator(auth_key, server_url=server_url or None, send_platform_info=False)
        self._glossary_pairs = None

    def supports_glossary(self, source, target):
        if self._glossary_pairs is None:
            with _errors():
                pairs = self.client.get_glossary_languages()
            self._glossary_pairs = {(pair.source_lang.upper(), pair.target_lang.upper()) for pair in pairs}
        return (source.upper(), self.target_code(target).split("-")[0]) in self._glossary_pairs

    def translate(self, texts, source, target, html=False, glossary=None):
        code = self.target_code(target)
        if code is None:
            raise Rejected(f"DeepL does not translate into {target}")
        if not texts:
            return []
        options = {"source_lang": source.upper(), "target_lang": code}
        if html:
            options["tag_handling"] = "html"
        created = None
        with _errors():
            if glossary and self.supports_glossary(source, target):
                entries = glossary.entries()
                digest = hashlib.sha256(repr(sorted(entries.items())).encode()).hexdigest()[:12]
                created = self.client.create_glossary(
                    f"kreisnetz-{target}-{digest}", source.upper(), code.split("-")[0], entries
                )
                options["glossary"] = created
            try:
                result: list[str] = []
                for start in range(0, len(texts), BATCH):
                    answer = self.client.translate_text(texts[start : start + BATCH], **options)
                    result.extend(item.text for item in (answer if isinstance(answer, list) else [answer]))
            finally:
                if created is not None:
                    # a glossary left behind costs nothing; the translation is done
                    with contextlib.suppress(deepl.DeepLException):
                        self.client.delete_glossary(created)
        if len(result) != len(texts):
            raise Rejected("DeepL returned a different number of texts")
        return result


class _errors:
    """Translate the library's exceptions into ours."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if error is None or not isinstance(error, deepl.DeepLException):
            return False
        message = str(error)
        if isinstance(error, deepl.AuthorizationException):
            raise AuthenticationFailed(message) from error
        if isinstance(error, deepl.QuotaExceededException):
            raise QuotaExceeded(message) from error
        if isinstance(error, deepl.TooManyRequestsException):
            raise RateLimited(message) from error
        if isinstance(error, deepl.ConnectionException):
            if isinstance(error.__cause__, requests.exceptions.Timeout):
                raise Timeout(message) from error
            raise ProviderUnavailable(message) from error
        status = getattr(error, "http_status_code", None)
        if status is not None and status >= 500:
            raise ProviderUnavailable(message) from error
        raise Rejected(message) from error
