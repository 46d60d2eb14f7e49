"""The networking app's next steps on the admin home (see dashboard.next_steps.registry): an
MSO member's open action items, and for coordinators the twinning pairs behind schedule and the
next round-table sessions."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from dashboard.next_steps import registry
from portal.local_dates import format_date
from portal.rules import is_county_staff

from .models import ActionItem
from .services import access, schedule

LIMIT = 5


def is_coordinator(user):
    """County staff (they run the round tables and rounds) and the coordinators of a round."""
    if not user.is_authenticated or not user.is_active:
        return False
    return is_county_staff(user) or access.coordinated_rounds(user).exists()


def member_actions(user, today=None):
    """Open action items owned by the user's organisations, the earliest due first.

    Each row leads to the item's status form; "My action items" lists them all.
    """
    today = today or timezone.localdate()
    mine = ActionItem.objects.still_open().filter(owner__members=user)
    counted = mine.aggregate(n=Count("pk"), late=Count("pk", filter=Q(due_date__lt=today)))
    items = []
    for action in mine.select_related("owner", "session__round_table").order_by("due_date", "pk")[:LIMIT]:
        late = action.due_date < today
        items.append(
            registry.Item(
                title=action.what,
                url=reverse("networking_action_status", args=[action.pk]),
                detail=f"{action.owner.name} · {action.session.round_table.title}",
                status=_("overdue") if late else action.get_status_display(),
                when=action.due_date,
                urgent=late,
                sort_key=(action.due_date, action.pk),
            )
        )
    counts = [
        registry.Count(_("open"), counted["n"]),
        registry.Count(_("overdue"), counted["late"], urgent=True),
    ]
    more = [registry.Link(_("All my action items"), reverse("networking_my_actions"))]
    return registry.Section(items=items, total=counted["n"], counts=counts, more=more)


def late_pairs(user):
    late = schedule.pairs_behind_schedule(user)
    items = [
        registry.Item(
            title=str(entry.pair),
            url=reverse("networking_pairs:edit", args=[entry.pair.pk]),
            detail=f"{entry.pair.round.title} · {' '.join(entry.reasons)}",
            status=_("behind schedule"),
            when=entry.pair.window_end,
            urgent=True,
            sort_key=rank,
        )
        for rank, entry in enumerate(late[:LIMIT])
    ]
    more = [
        registry.Link(_("Pairing and progress: %(round)s") % {"round": page.title}, url)
        for page, url in _pairing_links(user, {entry.pair.round for entry in late})
    ]
    return registry.Section(
        items=items,
        total=len(late),
        counts=[registry.Count(_("pairs behind schedule"), len(late))],
        more=more,
    )


def _pairing_links(user, rounds):
    for page in sorted(rounds, key=lambda page: page.title):
        yield page, reverse("networking_pairing", args=[page.pk])


def upcoming_sessions(user):
    sessions, total = schedule.upcoming_sessions(user, limit=LIMIT)
    items = []
    for rank, session in enumerate(sessions):
        sent = session.invitations_sent_at
        items.append(
            registry.Item(
                title=session.round_table.title,
                url=reverse("networking_sessions:edit", args=[session.pk]),
                detail=session.event.title,
                status=(
                    _("invitations sent on %(date)s") % {"date": format_date(sent, "short")}
                    if sent
                    else _("invitations not sent yet")
                ),
                when=timezone.localtime(session.event.start),
                urgent=not sent,
                sort_key=rank,
            )
        )
    more = [registry.Link(_("All sessions"), reverse("networking_sessions:index"))] if total else []
    return registry.Section(
        items=items, total=total, counts=[registry.Count(_("upcoming sessions"), total)], more=more
    )


registry.register_role("coordinator", is_coordinator)
registry.register_source("member_actions", "actions", member_actions)
registry.register_source("coordinator_pairs", "twinning", late_pairs)
registry.register_source("coordinator_sessions", "round-tables", upcoming_sessions)
