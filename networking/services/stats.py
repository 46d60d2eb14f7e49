"""Counts for the county dashboard (issue 9): plain functions returning plain data."""

from django.db.models import Count, Q
from django.utils import timezone

from networking.models import OPEN_STATUSES, ActionItem, PairStage, TwinningPair


def actions_by_town(today=None):
    """Open and overdue action items per town; the county's own round tables under town None.

    [{"town_id": 3, "town": "Altdorf", "open": 4, "overdue": 1}, ...] sorted by town name,
    county first.
    """
    today = today or timezone.localdate()
    still_open = Q(status__in=OPEN_STATUSES)
    rows = (
        ActionItem.objects.values("session__round_table__town_id", "session__round_table__town__title")
        .annotate(
            open=Count("pk", filter=still_open),
            overdue=Count("pk", filter=still_open & Q(due_date__lt=today)),
        )
        .order_by("session__round_table__town__title")
    )
    result = [
        {
            "town_id": row["session__round_table__town_id"],
            "town": row["session__round_table__town__title"],
            "open": row["open"],
            "overdue": row["overdue"],
        }
        for row in rows
    ]
    return sorted(result, key=lambda row: (row["town_id"] is not None, row["town"] or ""))


def pairs_by_stage(round_page=None, town_ids=None):
    """{stage: number of pairs} for every stage (0 where none), optionally for one round or for
    the pairs with a group from one of ``town_ids``."""
    pairs = TwinningPair.objects.select_related("round", "closing_event")
    if round_page is not None:
        pairs = pairs.filter(round=round_page)
    if town_ids is not None:
        pairs = pairs.filter(Q(first__town_id__in=town_ids) | Q(second__town_id__in=town_ids))
    counts = dict.fromkeys(PairStage.values, 0)
    for pair in pairs:
        counts[pair.stage] += 1
    return counts
