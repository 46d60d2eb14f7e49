"""The language table: settings, search and guidelines read their per-language facts from it."""

from django.conf import settings
from django.test import override_settings

from guidelines.services import readability
from portal import checks, languages
from search.models import ts_config


def test_settings_come_from_the_table():
    assert [code for code, _name in settings.LANGUAGES] == languages.codes()
    assert set(settings.MODELTRANSLATION_LANGUAGES) == set(languages.codes())
    assert {"ar", "fa"} <= set(settings.LANGUAGES_BIDI)


def test_search_and_guidelines_read_the_table():
    assert ts_config("de-x-ls") == "german"
    assert ts_config("uk") == "simple"
    assert readability.supports("en", "flesch_amstad")
    assert not readability.supports("ar", "flesch_amstad")


def test_every_language_needs_a_row():
    assert checks.every_language_has_a_row(None) == []
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("xx", "Unknown")]):
        errors = checks.every_language_has_a_row(None)
    assert [error.id for error in errors] == ["portal.E001"]
    assert "'xx'" in errors[0].msg
