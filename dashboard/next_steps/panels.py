"""The role panels of the admin home (Wagtail's ``construct_homepage_panels``).

Each panel is a Wagtail ``Component`` shown only to users with its role; its rows, counts and
links come from the sources registered for its topic (``registry``), merged and sorted.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from . import registry

SHOWN = 8  # rows per panel; the counts say how many there are in all


@dataclass(frozen=True)
class Spec:
    key: str
    role: str
    topic: str
    heading: str
    description: str
    empty: str
    icon: str
    order: int


SPECS = (
    Spec(
        "member-events",
        "mso_member",
        "member_events",
        _("Your events"),
        _("Submit an event of your organisation; the moderation checks it before it is published."),
        _("You have not submitted an event yet."),
        "date",
        101,
    ),
    Spec(
        "member-organisation",
        "mso_member",
        "member_organisation",
        _("Your organisation profile"),
        _("Changes to the profile are published after moderation."),
        _("Your account is not linked to an organisation yet. Ask the county’s moderation to add you."),
        "group",
        102,
    ),
    Spec(
        "member-actions",
        "mso_member",
        "member_actions",
        _("Your action items"),
        _("Open tasks agreed at round tables for your organisation, the earliest due first."),
        _("Your organisation has no open action items."),
        "tasks",
        103,
    ),
    Spec(
        "moderation",
        "moderator",
        "moderation",
        _("Waiting for moderation"),
        _("Event submissions and organisation profiles, the oldest first."),
        _("Nothing is waiting for moderation."),
        "tick",
        110,
    ),
    Spec(
        "town-reviews",
        "town_editor",
        "town_reviews",
        _("Reviews due"),
        _("Offers and contact points of your town whose review date has come: check and save them."),
        _("No review is due."),
        "history",
        120,
    ),
    Spec(
        "town-drafts",
        "town_editor",
        "town_drafts",
        _("Drafts of your town"),
        _("Pages with changes that are not published yet, the most recent first."),
        _("No drafts."),
        "doc-empty",
        121,
    ),
    Spec(
        "town-findings",
        "town_editor",
        "town_findings",
        _("Guideline findings of your town"),
        _("Pages whose wording the county’s guidelines question; blocking findings stop publication."),
        _("No guideline findings."),
        "warning",
        122,
    ),
    Spec(
        "town-translations",
        "town_editor",
        "town_translations",
        _("Untranslated pages of your town"),
        _("Live pages not yet translated into every language of the portal."),
        _("Every live page is translated into every language."),
        "globe",
        123,
    ),
    Spec(
        "coordinator-pairs",
        "coordinator",
        "coordinator_pairs",
        _("Twinning pairs behind schedule"),
        _("Pairs of your twinning rounds whose kick-off, meetings or closing presentation are late."),
        _("No pair is behind schedule."),
        "group",
        130,
    ),
    Spec(
        "coordinator-sessions",
        "coordinator",
        "coordinator_sessions",
        _("Upcoming round-table sessions"),
        _("The next sessions of the round tables you look after: agenda and invitations."),
        _("No upcoming sessions."),
        "calendar-alt",
        131,
    ),
)


def _sort_key(item):
    return (item.sort_key is None, item.sort_key if item.sort_key is not None else 0)


class NextStepsPanel(Component):
    template_name = "dashboard/next_steps/panel.html"

    def __init__(self, spec, user):
        self.spec = spec
        self.user = user
        self.name = f"next-steps-{spec.key}"
        self.order = spec.order

    def content(self):
        sections = [fetch(self.user) for fetch in registry.sources(self.spec.topic)]
        items = sorted((item for section in sections for item in section.items), key=_sort_key)
        return {
            "items": items[:SHOWN],
            "total": sum(section.total for section in sections),
            "counts": [count for section in sections for count in section.counts],
            "actions": [link for section in sections for link in section.actions],
            "more": [link for section in sections for link in section.more],
            "notes": [note for section in sections for note in section.notes],
        }

    def get_context_data(self, parent_context=None):
        return {"spec": self.spec, "panel_id": self.name, **self.content()}


def panels_for(user):
    """The panels of ``user``'s roles (each role asked once), in their order."""
    if not user.is_authenticated or not user.is_active:
        return []
    held = {role: registry.has_role(user, role) for role in {spec.role for spec in SPECS}}
    return [NextStepsPanel(spec, user) for spec in SPECS if held[spec.role]]
