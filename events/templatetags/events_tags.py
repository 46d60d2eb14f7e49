from django import template
from django.utils.safestring import mark_safe

from events.services.schema_org import event_data
from portal.schema_org import as_script
from portal.site_address import page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def event_json_ld(context, event, occurrence=None):
    url = page_url(event, context["request"])
    body = as_script(event_data(event, url, occurrence))
    return mark_safe(f'<script type="application/ld+json">{body}</script>')  # noqa: S308 - JSON escaped
