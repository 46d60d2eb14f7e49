from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from portal import i18n

register = template.Library()
CURRENT = mark_safe(' aria-current="true"')  # noqa: S308 (a constant)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Every language version of the page being shown (or of the current view)."""
    request = context["request"]
    page = context.get("page")
    return i18n.language_versions(request, page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def alternate_links(context, versions):
    """`<link rel="alternate" hreflang>` for every language version; German is also x-default.

    Built in Python: on every page of the site, the loop costs more as template nodes.
    """
    request = context["request"]
    origin = f"{request.scheme}://{request.get_host()}"
    links = []
    for version in versions:
        links.append((version.code, origin, version.url))
        if version.code == i18n.SOURCE_LANGUAGE:
            links.append(("x-default", origin, version.url))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}{}">', links)


@register.simple_tag
def language_switcher(versions):
    """The list of language versions, each link named in its own language and direction."""
    items = format_html_join(
        "\n",
        '<li><a href="{}" lang="{}" hreflang="{}" dir="{}"{}>{}</a></li>',
        ((v.url, v.code, v.code, v.dir, CURRENT if v.is_current else "", v.name) for v in versions),
    )
    return format_html(
        '<nav class="language-switcher" aria-label="{}">\n<ul>\n{}\n</ul>\n</nav>',
        gettext("Choose language"),
        items,
    )


@register.simple_tag
def translated(instance, field_name):
    """`{% translated page "intro" as intro %}`: the value and the language it comes from."""
    return i18n.translated(instance, field_name)


@register.filter
def text_direction(code):
    return i18n.direction(code)


@register.simple_tag
def described_field(field):
    """The field's widget, pointing at its help text and errors (aria-describedby)."""
    ids = [f"{field.auto_id}_help"] if field.help_text else []
    if field.errors:
        ids.append(f"{field.auto_id}_errors")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)
