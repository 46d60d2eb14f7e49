"""Contact data as readers of every script direction see it: phone numbers, e-mail addresses,
web addresses and postal lines, each isolated left-to-right (``dir="ltr"`` isolates in HTML, so an
Arabic page shows "06641 977-0" and "36341 Hohenau" in their own order), and ``tel:`` links in
E.164 form ("06641 977-0" → ``tel:+4966419770``; numbers without a country code are German).
"""

import re

import phonenumbers
from django.utils.html import format_html

DEFAULT_REGION = "DE"
_DIALABLE = re.compile(r"[^\d+]")


def e164(number, region=DEFAULT_REGION):
    """The number in E.164 form ("+4966419770"), or None when it is no phone number."""
    if not number or not str(number).strip():
        return None
    try:
        parsed = phonenumbers.parse(str(number), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def tel_href(number, region=DEFAULT_REGION):
    """A ``tel:`` URI without spaces: E.164 when the number parses, else only its digits and "+"."""
    normalised = e164(number, region) or _DIALABLE.sub("", str(number or ""))
    return f"tel:{normalised}" if normalised else ""


def ltr(text):
    """``text`` isolated left to right (a number, code or German name inside any page)."""
    if text is None or str(text) == "":
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', text)


def isolate(name):
    """A name (of an organisation, a group) isolated in its own direction, found from its first
    letter: "Caritasverband Hohenau e. V." keeps its full stop at the end inside an Arabic line."""
    if name is None or str(name) == "":
        return ""
    return format_html("<bdi>{}</bdi>", name)


def phone_link(number):
    """A phone number as a ``tel:`` link, shown as written and isolated left to right."""
    if not number:
        return ""
    href = tel_href(number)
    if not href:
        return ltr(number)
    return format_html('<a href="{}" dir="ltr">{}</a>', href, number)


def email_link(address):
    if not address:
        return ""
    return format_html('<a href="mailto:{}" dir="ltr">{}</a>', address, address)


def url_link(url, text=None):
    """A web address as a link; the address as text is isolated, a given link text is not."""
    if not url:
        return ""
    if text:
        return format_html('<a href="{}">{}</a>', url, text)
    return format_html('<a href="{}" dir="ltr">{}</a>', url, url)


def postal_line(postcode, city):
    """ "36341 Hohenau": postcode before the town in every script direction."""
    line = f"{postcode or ''} {city or ''}".strip()
    return ltr(line)
