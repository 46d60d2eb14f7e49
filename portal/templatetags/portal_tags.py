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
