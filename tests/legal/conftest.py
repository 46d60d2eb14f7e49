import pytest

from legal.pages import ensure_pages


@pytest.fixture
def legal(county):
    return ensure_pages(county)
