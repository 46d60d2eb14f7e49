"""Fixtures of the translation tests: the fake machine-translation servers."""

from tests.translations.fake_providers import fake_deepl, fake_libretranslate  # noqa: F401
