"""What a coordinator should act on next: twinning pairs behind schedule, upcoming sessions.

Read-only and bounded: each function runs a fixed number of queries, whatever the number of
pairs or sessions (the admin home renders them on every visit).
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from networking.models import RoundTableSession, TwinningPair
from portal.local_dates import format_date

from . import access

KICKOFF_DAYS = 30  # a pair should have met for its kick-off within a month of being paired
CLOSING_WARNING_DAYS = 30  # a window ending this soon needs its closing presentation planned


@dataclass
class LatePair:
    pair: TwinningPair
    reasons: list = field(default_factory=list)
    days_late: int = 0  # how long the oldest missed step is overdue (for the order)


def lateness(pair, today):
    """The reasons a pair is behind schedule (empty: on schedule), and by how many days.

    Behind schedule: no kick-off a month after pairing; the meetings at both places not dated
    when half the window has passed; the window ending within a month (or over) with no closing
    presentation planned. A pair whose closing presentation was held is never late.
    """
    if pair.closing_date and pair.closing_date <= today:
        return [], 0
    reasons, late = [], []
    pairing = pair.round.pairing_date
    if not pair.kickoff_date and (today - pairing).days > KICKOFF_DAYS:
        reasons.append(_("No kick-off yet, paired on %(date)s.") % {"date": format_date(pairing, "short")})
        late.append((today - pairing).days - KICKOFF_DAYS)
    start, end = pair.window_start, pair.window_end
    halfway = start + (end - start) / 2
    missing = [day for day in (pair.meeting_first_date, pair.meeting_second_date) if day is None]
    if missing and today > halfway:
        reasons.append(
            _("Half of the window has passed and %(count)s of the two meetings are not dated.")
            % {"count": len(missing)}
        )
        late.append((today - halfway).days)
    if not pair.closing_event_id:
        days_left = (end - today).days
        if days_left < 0:
            reasons.append(_("The window has ended without a closing presentation."))
            late.append(-days_left)
        elif days_left <= CLOSING_WARNING_DAYS:
            reasons.append(
                _("The window ends in %(days)s days and no closing presentation is planned.")
                % {"days": days_left}
            )
            late.append(0)
    return reasons, max(late, default=0)


def pairs_behind_schedule(user, today=None):
    """Pairs of the rounds ``user`` coordinates that are behind schedule, the latest first.

    One query (the pairs with their round, groups and closing event): the stage of a pair is
    computed from its dates in Python.
    """
    today = today or timezone.localdate()
    pairs = (
        TwinningPair.objects.filter(round__in=access.coordinated_rounds(user))
        .select_related("round", "first", "second", "closing_event")
        .order_by("round__pairing_date", "pk")
    )
    result = []
    for pair in pairs:
        reasons, days = lateness(pair, today)
        if reasons:
            result.append(LatePair(pair, reasons, days))
    return sorted(result, key=lambda item: (-item.days_late, item.pair.pk))


def upcoming_sessions(user, limit=5, now=None):
    """The next sessions of the round tables ``user`` manages (soonest first) and their number.

    Returns ``(sessions, total)``: two queries, whatever the number of round tables.
    """
    now = now or timezone.now()
    sessions = RoundTableSession.objects.filter(
        round_table__in=access.manageable_round_tables(user), event__start__gte=now
    )
    total = sessions.count()
    listed = list(sessions.select_related("round_table", "event").order_by("event__start", "pk")[:limit])
    return listed, total
