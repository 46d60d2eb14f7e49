from django import template
from django.utils.safestring import mark_safe

from offers.services import schema_org
from portal.schema_org import as_script
from portal.site_address import page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (e.g. the page number)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """schema.org JSON-LD for an offer or a contact point."""
    url = page_url(page, context["request"])
    builder = schema_org.offer_data if page._meta.model_name == "offerpage" else schema_org.contact_point_data
    body = as_script(builder(page, url))
    return mark_safe(f'<script type="application/ld+json">{body}</script>')  # noqa: S308 - JSON escaped


@register.filter
def model_name(obj):
    return obj._meta.model_name
