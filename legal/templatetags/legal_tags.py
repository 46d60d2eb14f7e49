from django import template
from django.utils import translation

from ..links import footer_links

register = template.Library()


@register.simple_tag
def legal_links():
    return footer_links(translation.get_language() or "de")
