"""The default vocabularies name every entry in every portal language (no German fallbacks:
the Ukrainian finder offered "Мова та інтеграція › Deutschkurs")."""

import pytest

from offers import taxonomy_defaults
from tests.public_pages import LANGUAGE_CODES


def _vocabularies():
    for slug, (names, children) in taxonomy_defaults.CATEGORIES.items():
        yield f"category {slug}", names
        for sub_slug, sub_names in children:
            yield f"category {sub_slug}", sub_names
    for slug, names in taxonomy_defaults.TARGET_GROUPS.items():
        yield f"target group {slug}", names
    for slug, names in taxonomy_defaults.TOPICS.items():
        yield f"topic {slug}", names


def test_every_default_name_exists_in_every_language():
    missing = {entry: sorted(set(LANGUAGE_CODES) - set(names)) for entry, names in _vocabularies()}
    assert not {entry: codes for entry, codes in missing.items() if codes}


@pytest.mark.django_db
def test_loading_again_fills_languages_an_entry_has_no_name_in():
    from offers.models import Category

    taxonomy_defaults.load()
    Category.objects.filter(slug="deutschkurs").update(name_uk="", name_de="Deutschkurs (VHS)")
    taxonomy_defaults.load()
    course = Category.objects.get(slug="deutschkurs")
    assert course.name_uk == "Курс німецької мови"
    assert course.name_de == "Deutschkurs (VHS)"  # edited names stay
