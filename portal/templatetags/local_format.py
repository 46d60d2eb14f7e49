"""Template filters for contact data and dates in every language and script direction
(:mod:`portal.contact_format`, :mod:`portal.local_dates`)::

    {% load local_format %}
    {{ place.contact_phone|phone_link }}  {{ place.contact_email|email_link }}
    {{ event.start|local_date:"datetime" }}  {{ hours.opens|local_time }}
"""

from babel.lists import format_list
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from portal import contact_format, i18n, local_dates

register = template.Library()

register.filter("phone_link", contact_format.phone_link)
register.filter("email_link", contact_format.email_link)
register.filter("tel_href", contact_format.tel_href)
register.filter("ltr", contact_format.ltr)
register.filter("isolate", contact_format.isolate)


@register.filter
def url_link(url, text=None):
    return contact_format.url_link(url, text)


@register.filter
def local_date(value, style="long"):
    return local_dates.format_date(value, style)


@register.filter
def local_time(value):
    return local_dates.format_time(value) if value not in (None, "") else ""


@register.simple_tag
def postal_line(postcode, city):
    return contact_format.postal_line(postcode, city)


@register.simple_tag
def name_list(items, field="name"):
    """`{% name_list page.categories.all %}`: the items' translated names as the reader's language
    lists them ("A, B und C", "A وB"), a German fallback name marked with lang/dir."""
    names = []
    for item in items:
        value = i18n.translated(item, field)
        marked = format_html("<span{}>{}</span>", value.attrs, value)
        names.append(marked if value.is_fallback else str(value))
    if not names:
        return ""
    tokens = [f"\x00{number}\x00" for number in range(len(names))]
    pattern = str(conditional_escape(format_list(tokens, locale=local_dates.babel_locale())))
    for token, name in zip(tokens, names, strict=True):
        pattern = pattern.replace(token, str(conditional_escape(name)))
    return mark_safe(pattern)  # noqa: S308 (every part escaped above)
