from django import template

from ..services import directory

register = template.Library()


@register.simple_tag
def town_responsibilities(town):
    """The town's own responsibles and the county-wide ones, by topic."""
    return directory(town)
