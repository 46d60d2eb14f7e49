"""Every interface string has a translation in every language, and the compiled catalogues load."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation
from django.utils.translation import to_locale

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_is_complete(code):
    path = LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    untranslated = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []
    assert len(catalogue) > 50


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_compiled_catalogue_is_used(code):
    with translation.override(code):
        assert translation.gettext("Skip to content") != "Skip to content"
