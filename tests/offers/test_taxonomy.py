"""The county's vocabularies: two-level categories and language codes."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from offers.models import Category, LanguageCode

MIGRATED_CODES = [
    "de", "en", "ar", "uk", "tr", "fa", "ru", "prs", "ps", "ku", "kmr", "ckb", "ti", "so", "am",
    "fr", "pl", "ro", "bg", "sq", "sr", "hr", "es", "it", "el", "vi", "zh", "hi", "ur", "gsg",
]  # fmt: skip


def _errors(obj):
    with pytest.raises(ValidationError) as raised:
        obj.clean()
    return raised.value.message_dict


# --- categories ------------------------------------------------------------------------------


def test_defaults_have_main_categories_with_subcategories(taxonomy):
    deutschkurs = Category.objects.get(slug="deutschkurs")

    assert deutschkurs.parent.slug == "sprache"
    assert deutschkurs.main == deutschkurs.parent
    assert Category.objects.get(slug="sprache").main.slug == "sprache"
    assert "deutschkurs" in set(Category.objects.get(slug="sprache").children.values_list("slug", flat=True))


def test_subcategory_of_a_main_category_is_valid(taxonomy):
    Category(
        name="Berufssprachkurs", slug="berufssprachkurs", parent=Category.objects.get(slug="sprache")
    ).clean()


def test_third_level_is_rejected(taxonomy):
    third = Category(name="Abendkurs", slug="abendkurs", parent=Category.objects.get(slug="deutschkurs"))

    assert "parent" in _errors(third)


def test_category_with_subcategories_cannot_become_a_subcategory(taxonomy):
    sprache = Category.objects.get(slug="sprache")
    sprache.parent = Category.objects.get(slug="beratung")

    assert "parent" in _errors(sprache)


def test_category_cannot_be_its_own_main_category(taxonomy):
    wohnen = Category.objects.get(slug="wohnen")
    wohnen.parent = wohnen

    assert "parent" in _errors(wohnen)


def test_category_without_children_may_become_a_subcategory(taxonomy):
    wohnen = Category.objects.get(slug="wohnen")
    assert not wohnen.children.exists()
    wohnen.parent = Category.objects.get(slug="beratung")

    wohnen.clean()


# --- languages -------------------------------------------------------------------------------


def test_arabic_native_name(db):
    assert LanguageCode.objects.get(code="ar").native_name == "العربية"


@pytest.mark.parametrize(("reader", "expected"), [("en", "Arabic"), ("de", "Arabisch"), ("ar", "العربية")])
def test_arabic_name_in_the_readers_language(db, reader, expected):
    arabic = LanguageCode.objects.get(code="ar")

    with translation.override(reader):
        assert arabic.name == expected


@pytest.mark.parametrize(
    ("code", "native", "german", "english"),
    [
        ("prs", "دری", "Dari", "Dari"),
        ("gsg", "Deutsche Gebärdensprache (DGS)", "Deutsche Gebärdensprache (DGS)", "German Sign Language"),
    ],
)
def test_extra_codes_have_names(db, code, native, german, english):
    language = LanguageCode.objects.get(code=code)

    language.clean()
    assert language.native_name == native
    with translation.override("de"):
        assert language.name == german
    with translation.override("en"):
        assert language.name == english


@pytest.mark.parametrize("code", ["xx", "qqq", "zz", ""])
def test_unknown_code_is_rejected(db, code):
    assert "code" in _errors(LanguageCode(code=code))


@pytest.mark.parametrize("code", MIGRATED_CODES)
def test_every_migrated_code_is_valid_and_named(db, code):
    language = LanguageCode.objects.get(code=code)

    language.clean()
    assert language.native_name and language.native_name != code
    with translation.override("de"):
        assert language.name and language.name != code
