from django import template

from portal.listing import without_bodies

from ..models import latest_stories as _latest

register = template.Library()


@register.simple_tag
def latest_stories(count=6):
    """The newest stories of every town, for the county home."""
    return list(without_bodies(_latest(), "town").prefetch_related("images__image")[:count])
