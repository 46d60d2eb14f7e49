import pytest

from . import world as networking_world


@pytest.fixture
def net(county, town_a, town_b, users):
    return networking_world.build(county, town_a, town_b, users)
