"""The provider interface and the errors every adapter raises.

An adapter translates a batch of German texts into one language in as few requests as it can
and raises one of the typed errors below, never a library's own, so the service can tell the
editor what happened in their language.
"""

from dataclasses import dataclass, field


class ProviderError(Exception):
    """Base of every provider error."""


class ProviderUnavailable(ProviderError):
    """The service cannot be reached or answered with a server error."""


class QuotaExceeded(ProviderError):
    """The account's character quota is used up (DeepL: HTTP 456)."""


class RateLimited(ProviderError):
    """Too many requests (HTTP 429); ``retry_after`` in seconds when the service said so."""

    def __init__(self, message="", retry_after=None):
        super().__init__(message)
        self.retry_after = retry_after


class Timeout(ProviderError):
    """The service did not answer in time."""


class Rejected(ProviderError):
    """The service refused the request (bad request, unsupported language)."""


class AuthenticationFailed(Rejected):
    """The service refused the access key (HTTP 403)."""


class LanguageNotOffered(Rejected):
    """The provider does not translate into this language."""


@dataclass
class Glossary:
    """The county's terminology for one target language.

    ``terms``: German term → translation (a term kept as it is maps to itself);
    ``keep``: the German terms that are never translated (official names).
    """

    terms: dict = field(default_factory=dict)
    keep: set = field(default_factory=set)

    def __bool__(self):
        return bool(self.terms or self.keep)

    def entries(self):
        """Glossary entries for a provider: translations and kept terms (mapped to themselves)."""
        return {**{term: term for term in self.keep}, **self.terms}


class Provider:
    """One machine-translation service."""

    name = ""
    label = ""
    # Our language code → the provider's target language code.
    language_codes: dict = {}

    def target_code(self, language):
        return self.language_codes.get(language)

    def offers(self, language):
        return self.target_code(language) is not None

    def supports_glossary(self, source, target):
        """Whether ``glossary`` in :meth:`translate` is applied by the provider itself."""
        return False

    def translate(self, texts, source, target, html=False, glossary=None):
        """``texts`` (German) translated into ``target`` (our language code), in order."""
        raise NotImplementedError
