"""The directory grouped by topic, in a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import Q


@dataclass
class TopicEntry:
    topic: object
    responsibilities: list


def responsibilities(town=None, own_only=False):
    """Live contact points' responsibilities: county-wide ones and those of ``town``.

    ``own_only`` leaves out the county-wide ones (a town page lists its own first).
    """
    from .models import Responsibility

    query = Responsibility.objects.filter(contact_point__live=True).select_related(
        "topic", "contact_point", "town"
    )
    if town is not None:
        query = query.filter(town=town) if own_only else query.filter(Q(town=town) | Q(town__isnull=True))
    return list(query.order_by("topic__sort_order", "topic__slug", "sort_order", "level", "town__title"))


def directory(town=None, own_only=False):
    entries = {}
    for item in responsibilities(town, own_only):
        entries.setdefault(item.topic_id, TopicEntry(item.topic, [])).responsibilities.append(item)
    return list(entries.values())
