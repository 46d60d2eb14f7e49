from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

from portal.i18n import translated
from portal.schema_org import as_script, organisation_profile_data
from portal.site_address import absolute, base_url

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_url(context, organisation):
    """The public profile of ``organisation`` (a published one), or "" when it has none."""
    from organisations.profile_links import profile_url

    return profile_url(organisation, context.get("request"))


@register.simple_tag(takes_context=True)
def organisation_calendar_url(context, organisation, scheme="https"):
    """The organisation's event feed: absolute (``https``/``http`` as served) or ``webcal``."""
    request = context["request"]
    url = absolute(reverse("calendar_organisation", args=[organisation.slug]), request)
    if scheme == "webcal":
        return "webcal://" + url.split("://", 1)[1]
    return url


@register.simple_tag(takes_context=True)
def organisation_json_ld(context, organisation):
    request = context["request"]
    logo_url = None
    if organisation.logo:
        logo_url = absolute(organisation.logo.get_rendition("max-240x120").url, request)
    data = organisation_profile_data(
        organisation,
        base_url(request) + request.path,
        logo_url=logo_url,
        calendar_url=organisation_calendar_url(context, organisation),
    )
    description = translated(organisation, "description")
    if description and not description.is_fallback:
        data["description"] = str(description)
    body = as_script(data)
    return mark_safe(f'<script type="application/ld+json">{body}</script>')  # noqa: S308 - JSON escaped
