"""seed_demo: a county and a town round table with sessions, minutes and overdue actions; a
twinning round with applications and three pairs at different stages; idempotent."""

import pytest
from django.core.management import call_command

from networking.models import ActionItem, RoundTablePage, RoundTableSession, TwinningApplication, TwinningPair
from networking.services import stats

pytestmark = pytest.mark.django_db


def test_demo_round_tables_and_twinning():
    call_command("seed_demo", "--quiet")
    tables = RoundTablePage.objects.all()
    assert {table.town_id is None for table in tables} == {True, False}
    assert RoundTableSession.objects.exclude(minutes="").count() >= 3
    assert ActionItem.objects.overdue().exists()
    assert TwinningApplication.objects.count() >= 6
    stages = [stage for stage, count in stats.pairs_by_stage().items() if count]
    assert TwinningPair.objects.count() == 3 and len(stages) == 3
    counts = (RoundTablePage.objects.count(), ActionItem.objects.count(), TwinningPair.objects.count())
    call_command("seed_demo", "--quiet")
    assert (
        RoundTablePage.objects.count(),
        ActionItem.objects.count(),
        TwinningPair.objects.count(),
    ) == counts
