from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from portal import i18n, navigation
from portal.page_description import description_of, site_description
from portal.site_address import absolute, base_url

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
    origin = base_url(context["request"])
    links = []
    for version in versions:
        links.append((version.code, origin, version.url))
        if version.code == i18n.SOURCE_LANGUAGE:
            links.append(("x-default", origin, version.url))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}{}">', links)


@register.simple_tag(takes_context=True)
def canonical_link(context, versions):
    """`<link rel="canonical">`: this language version, absolute, without filters of a page."""
    current = next((version for version in versions if version.is_current), None)
    if current is None:
        return ""
    return format_html('<link rel="canonical" href="{}">', absolute(current.url, context["request"]))


@register.simple_tag(takes_context=True)
def meta_description(context):
    """`<meta name="description">` from the page's (or the shown organisation's) summary."""
    subject = context.get("meta_subject") or context.get("page")
    text = description_of(subject) if subject is not None and not isinstance(subject, str) else ""
    text = text or site_description()
    return format_html('<meta name="description" content="{}">', text) if text else ""


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


@register.simple_tag
def in_source_language(value):
    """`{% in_source_language item.title as title %}`: German-only text, marked as such
    (``title.attrs``, ``title.is_fallback``) when the reader's language is another one."""
    return i18n.source_text(value)


@register.filter
def text_direction(code):
    return i18n.direction(code)


def _described_by(field):
    """The ids of the field's help text and errors, for aria-describedby ("" without either)."""
    ids = [f"{field.auto_id}_help"] if field.help_text else []
    if field.errors:
        ids.append(f"{field.auto_id}_errors")
    return " ".join(ids)


def described_field(field):
    """The field's widget, pointing at its help text and errors (aria-describedby)."""
    described = _described_by(field)
    attrs = {"aria-describedby": described} if described else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.simple_tag
def form_field(field):
    """One form field with its label, help text and errors, tied together with aria-describedby.

    Checkbox groups become a fieldset with a legend; a single checkbox has its label after it.
    Built in Python: every public form of the site renders its fields through here.
    """
    if field.is_hidden:
        return field.as_widget()
    widget = field.field.widget
    input_type = getattr(widget, "input_type", None)
    help_text = (
        format_html('<p class="field__help" id="{}_help">{}</p>', field.auto_id, field.help_text)
        if field.help_text
        else ""
    )
    errors = _errors(field)
    error_class = " field--error" if field.errors else ""
    if getattr(widget, "allow_multiple_selected", False) and input_type == "checkbox":
        described = _described_by(field)
        choices = format_html_join(
            "\n",
            '<div class="field--checkbox">{}<label for="{}">{}</label></div>',
            ((choice.tag(), choice.id_for_label, choice.choice_label) for choice in field),
        )
        return format_html(
            '<fieldset class="field field--group{}"{}>\n<legend>{}</legend>\n{}{}{}\n</fieldset>',
            error_class,
            format_html(' aria-describedby="{}"', described) if described else "",
            field.label,
            help_text,
            errors,
            choices,
        )
    checkbox = input_type == "checkbox"
    if checkbox or field.field.required:
        label = format_html('<label for="{}">{}</label>', field.id_for_label, field.label)
    else:
        optional = format_html('<span class="field__optional">({})</span>', gettext("optional"))
        label = format_html('<label for="{}">\n{}\n{}\n</label>', field.id_for_label, field.label, optional)
    return format_html(
        '<div class="field field--{}{}{}">\n{}{}{}{}{}\n</div>',
        field.name,
        " field--checkbox" if checkbox else "",
        error_class,
        "" if checkbox else label,
        help_text,
        errors,
        described_field(field),
        label if checkbox else "",
    )


def _errors(field):
    if not field.errors:
        return ""
    items = format_html_join("", "<li>{}</li>", ((error,) for error in field.errors))
    return format_html('<ul class="field__errors" id="{}_errors">{}</ul>', field.auto_id, items)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu (portal.navigation): the site root's pages marked "Show in menus"."""
    page = context.get("page")
    return navigation.main_menu(context["request"], page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def service_links(context):
    """The footer's service links (search, newsletter, open data, statistics)."""
    return navigation.service_links(context["request"])


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the site shown (the first breadcrumb of views that are no page)."""
    root = navigation.site_root(context["request"])
    return root.specific if root else None


@register.inclusion_tag("portal/includes/machine_translation_notice.html", takes_context=True)
def machine_translation_notice(context):
    """The notice over a page whose text in the reader's language a machine wrote and nobody has
    reviewed yet (one query in a translated language; none in German or on a view's page)."""
    from django.utils import translation

    from portal.translation_status import SOURCE_LANGUAGE, content_fields, machine_translated_fields

    page = context.get("page")
    language = translation.get_language() or SOURCE_LANGUAGE
    shown = (
        isinstance(page, Page)
        and page.pk is not None
        and language != SOURCE_LANGUAGE
        and bool(content_fields(type(page)))
        and bool(machine_translated_fields(page, language))
    )
    return {"shown": shown, "language": language, "bidi": translation.get_language_bidi()}
