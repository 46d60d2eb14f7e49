"""Round tables, twinning rounds and their stories in the portal search, and the networking
figures on the county dashboard (discovered at start-up, see portal.apps)."""

from django.utils.translation import gettext_lazy as _

from dashboard import registry as dashboard
from search import registry as search

from .models import PairStage, RoundTablePage, TwinningRoundPage
from .services import stats

# Search


class RoundTableAdapter(search.PageAdapter):
    type = "round_table"
    label = _("Round table")

    def body(self, obj, language):
        parts = (
            search.localized(obj, "topic", language),
            search.localized(obj, "purpose", language),
            super().body(obj, language),
        )
        return " ".join(part for part in parts if part)


class TwinningRoundAdapter(search.PageAdapter):
    type = "twinning"
    label = _("Twinning round")


search.register(RoundTablePage, RoundTableAdapter())
search.register(TwinningRoundPage, TwinningRoundAdapter())


# Dashboard


def action_rows(scope):
    figures = stats.actions_by_town()
    open_items = {row["town_id"]: row["open"] for row in figures}
    overdue = {row["town_id"]: row["overdue"] for row in figures}
    return dashboard.town_rows(scope, [open_items, overdue])


def pair_rows(scope):
    counts = stats.pairs_by_stage(town_ids=None if scope.county_wide else scope.town_ids)
    return [[str(PairStage(stage).label), count] for stage, count in counts.items()]


dashboard.register(
    dashboard.Panel(
        key="round-table-actions",
        title=_("Round-table actions per town"),
        description=_("Action items agreed in round-table sessions that are open or in progress."),
        columns=(_("Town"), _("open"), _("overdue")),
        rows=action_rows,
        highlight=dashboard.positive_in(2),
        highlight_label=_("overdue"),
        order=70,
    )
)
dashboard.register(
    dashboard.Panel(
        key="twinning-pairs",
        title=_("Twinning pairs by stage"),
        description=_("Pairs of all twinning rounds by how far they have come."),
        columns=(_("Stage"), _("pairs")),
        rows=pair_rows,
        order=80,
    )
)

# Members' action items and the coordinators' next steps on the admin home.
from . import next_steps as _next_steps  # noqa: E402, F401
