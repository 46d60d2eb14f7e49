from django import template
from wagtail.models import Page

from portal import i18n

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Every language version of the page being shown (or of the current view)."""
    request = context["request"]
    page = context.get("page")
    return i18n.language_versions(request, page if isinstance(page, Page) else None)


@register.simple_tag
def translated(instance, field_name):
    """`{% translated page "intro" as intro %}`: the value and the language it comes from."""
    return i18n.translated(instance, field_name)


@register.filter
def text_direction(code):
    return i18n.direction(code)
