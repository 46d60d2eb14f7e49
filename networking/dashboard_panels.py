"""The networking module's figures on the county dashboard (see dashboard.registry)."""

from django.utils.translation import gettext_lazy as _

from dashboard import registry
from dashboard.scope import town_rows

from .models import PairStage
from .services import stats


def action_rows(scope):
    figures = stats.actions_by_town()
    open_items = {row["town_id"]: row["open"] for row in figures}
    overdue = {row["town_id"]: row["overdue"] for row in figures}
    return town_rows(scope, [open_items, overdue])


def pair_rows(scope):
    counts = stats.pairs_by_stage(town_ids=None if scope.county_wide else scope.town_ids)
    return [[str(PairStage(stage).label), count] for stage, count in counts.items()]


registry.register(
    registry.Panel(
        key="round-table-actions",
        title=_("Round-table actions per town"),
        description=_("Action items agreed in round-table sessions that are open or in progress."),
        columns=(_("Town"), _("open"), _("overdue")),
        rows=action_rows,
        highlight=registry.positive_in(2),
        highlight_label=_("overdue"),
        order=70,
    )
)
registry.register(
    registry.Panel(
        key="twinning-pairs",
        title=_("Twinning pairs by stage"),
        description=_("Pairs of all twinning rounds by how far they have come."),
        columns=(_("Stage"), _("pairs")),
        rows=pair_rows,
        order=80,
    )
)
