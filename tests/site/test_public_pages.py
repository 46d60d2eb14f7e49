"""Every public page type of the demo county answers 200 in every language (anonymous visitor)."""

import pytest

from tests.public_pages import LANGUAGE_CODES, public_paths


@pytest.fixture(scope="module")
def paths(demo_site):
    return {language: public_paths(language) for language in LANGUAGE_CODES}


def test_the_catalogue_covers_the_sections_of_the_county(paths):
    names = set(paths["de"])
    for expected in (
        "home.countyhomepage",
        "home.townpage",
        "offers.offerindexpage",
        "offers.offerpage",
        "offers.contactpointpage",
        "events.eventindexpage",
        "events.eventpage",
        "search",
    ):
        assert expected in names


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_public_page_type_renders(paths, client, language):
    failures = {}
    for name, path in paths[language].items():
        response = client.get(path)
        if response.status_code != 200:
            failures[name] = (path, response.status_code)
    assert not failures
