"""Template filters for contact data and dates in every language and script direction
(:mod:`portal.contact_format`, :mod:`portal.local_dates`)::

    {% load local_format %}
    {{ place.contact_phone|phone_link }}  {{ place.contact_email|email_link }}
    {{ event.start|local_date:"datetime" }}  {{ hours.opens|local_time }}
"""

from django import template

from portal import contact_format, local_dates

register = template.Library()

register.filter("phone_link", contact_format.phone_link)
register.filter("email_link", contact_format.email_link)
register.filter("tel_href", contact_format.tel_href)
register.filter("ltr", contact_format.ltr)


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
