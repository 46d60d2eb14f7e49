"""Next steps on each role's admin home: the registry that features fill.

The admin home (Wagtail's dashboard) shows each user the panels of their roles (see
``dashboard.next_steps.panels``): an MSO member their events, organisation profile and action
items; a town editor what their towns need; a moderator what is waiting; a coordinator the
pairs behind schedule and the next round-table sessions. The dashboard knows no feature app:
each app registers, in its ``registrations.py``,

- a *role*: ``register_role("coordinator", predicate)``, ``predicate(user) -> bool``, and
- *sources* of a panel's topic: ``register_source("moderation", key, fetch)``, where
  ``fetch(user) -> Section`` reads what the user may see, with a constant number of queries
  (never one per item: the home page is opened often; the tests count the queries).

Several sources of one topic are merged into one panel: items sorted by ``sort_key`` (e.g. the
moderation queue: event submissions and organisation profiles, the oldest first).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_roles: dict[str, list[Callable]] = {}
_sources: dict[str, dict[str, Callable]] = {}


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    primary: bool = False


@dataclass(frozen=True)
class Item:
    """One row of a panel: what, where to act on it, and a short status."""

    title: str
    url: str
    kind: str = ""  # what the row is (e.g. "Event submission"), when a panel mixes kinds
    detail: str = ""  # a second line: organisation, town, reasons
    status: str = ""  # a short status label
    when: Any = None  # a date or datetime shown with the row (due, waiting since, starts)
    urgent: bool = False  # overdue, rejected, blocking: marked in words, not by colour alone
    sort_key: Any = None


@dataclass(frozen=True)
class Count:
    label: str
    number: int
    urgent: bool = False


@dataclass
class Section:
    """What one source contributes to a panel."""

    items: list = field(default_factory=list)
    total: int = 0  # all matching rows (the panel lists at most a few)
    counts: list = field(default_factory=list)  # Count
    actions: list = field(default_factory=list)  # Link: the next steps (buttons)
    more: list = field(default_factory=list)  # Link: the full lists
    notes: list = field(default_factory=list)  # sentences, e.g. "not linked to an organisation"


def register_role(role, predicate):
    """``predicate(user)``: whether ``user`` has ``role``; several predicates of one role: any."""
    _roles.setdefault(role, []).append(predicate)


def register_source(topic, key, fetch):
    """Add (or replace, by key) a source of ``topic``; ``fetch(user) -> Section``."""
    _sources.setdefault(topic, {})[key] = fetch


def unregister_source(topic, key):
    _sources.get(topic, {}).pop(key, None)


def has_role(user, role):
    return any(predicate(user) for predicate in _roles.get(role, ()))


def roles():
    return sorted(_roles)


def sources(topic):
    return [fetch for _key, fetch in sorted(_sources.get(topic, {}).items())]
