"""Dates and times as the reader's language writes them (CLDR through Babel), for every public
page: ``{{ event.start|local_date:"datetime" }}``. German output stays as the portal wrote it
before ("Freitag, 4. Dezember 2026, 18:30"); Arabic reads "الجمعة، 4 ديسمبر 2026، 18:30",
without the German ordinal dot and comma. Times use the locale's 24-hour pattern (timetables
of a German county).

Styles: ``full`` (with weekday), ``long``, ``short`` (numeric in German), ``month`` (month and
year), ``datetime`` (full date and time), ``time``.
"""

import datetime

from babel import dates as babel_dates
from django.utils import timezone, translation

STYLES = ("full", "long", "short", "month", "datetime", "time")


def babel_locale(language=None):
    """The CLDR locale of a portal language ("de-x-ls" → "de", "pt-br" → "pt_BR")."""
    code = (language or translation.get_language() or "de").lower()
    if code.startswith("de-x-"):
        return "de"
    base, _sep, region = code.partition("-")
    return f"{base}_{region.upper()}" if region and len(region) == 2 else base


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def format_time(value, language=None):
    return babel_dates.format_skeleton("Hm", _local(value), locale=babel_locale(language))


def format_date(value, style="long", language=None):
    """``value`` (date or datetime) in ``style`` (see STYLES) and the reader's language."""
    if value in (None, ""):
        return ""
    if style not in STYLES:
        raise ValueError(f"Unknown date style {style!r}; one of {', '.join(STYLES)}")
    locale = babel_locale(language)
    value = _local(value)
    if style == "time":
        return format_time(value, language)
    if style == "month":
        return babel_dates.format_skeleton("yMMMM", value, locale=locale)
    if style == "datetime":
        day = babel_dates.format_date(value, "full", locale=locale)
        glue = str(babel_dates.get_datetime_format("medium", locale=locale))
        return glue.replace("{1}", day).replace("{0}", format_time(value, language))
    cldr = {"full": "full", "long": "long", "short": "medium"}[style]
    return babel_dates.format_date(value, cldr, locale=locale)
