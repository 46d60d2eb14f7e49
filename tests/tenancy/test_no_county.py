"""Before the county exists (a module of its own: the shared test county is built per module)."""

import pytest
from django.core.management import CommandError, call_command


def test_create_town_without_county_is_a_clear_error(db):
    with pytest.raises(CommandError, match="setup_county"):
        call_command("create_town", "Altdorf")
