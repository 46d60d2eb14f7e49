"""Contact data isolated left to right, tel: links in E.164, dates by locale (portal.contact_format,
portal.local_dates)."""

import datetime
import zoneinfo

import pytest
from django.template import Context, Template
from django.utils import translation

from portal import contact_format, local_dates

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("written", "href"),
    [
        ("06641 977-0", "tel:+4966419770"),
        ("(06641) 97 70", "tel:+4966419770"),
        ("+49 6641 977-0", "tel:+4966419770"),
        ("0049 6641 9770", "tel:+4966419770"),
        ("0170 1234567", "tel:+491701234567"),
        ("+43 1 234567", "tel:+431234567"),
        ("Zentrale 0 66 41 / 97 70", "tel:+4966419770"),
        ("folgt", ""),  # no number at all: no link
    ],
)
def test_tel_links_are_e164_without_spaces(written, href):
    assert contact_format.tel_href(written) == href


def test_phone_link_keeps_the_written_form_and_isolates_it():
    html = contact_format.phone_link("06641 977-0")
    assert html == '<a href="tel:+4966419770" dir="ltr">06641 977-0</a>'
    assert contact_format.phone_link("") == ""
    assert contact_format.phone_link("folgt") == '<bdi dir="ltr">folgt</bdi>'


def test_email_postal_line_and_fragments_are_isolated():
    assert contact_format.email_link("a@b.de") == '<a href="mailto:a@b.de" dir="ltr">a@b.de</a>'
    assert contact_format.postal_line("36341", "Hohenau") == '<bdi dir="ltr">36341 Hohenau</bdi>'
    assert contact_format.ltr("<b>") == '<bdi dir="ltr">&lt;b&gt;</bdi>'
    assert contact_format.isolate("Verein e. V.") == "<bdi>Verein e. V.</bdi>"
    assert contact_format.url_link("https://x.de") == '<a href="https://x.de" dir="ltr">https://x.de</a>'


FRIDAY = datetime.datetime(2026, 12, 4, 17, 30, tzinfo=datetime.UTC)  # 18:30 in Berlin


@pytest.mark.parametrize(
    ("style", "german"),
    [
        ("full", "Freitag, 4. Dezember 2026"),
        ("long", "4. Dezember 2026"),
        ("short", "04.12.2026"),
        ("month", "Dezember 2026"),
        ("datetime", "Freitag, 4. Dezember 2026, 18:30"),
        ("time", "18:30"),
    ],
)
def test_german_dates_read_as_before(style, german):
    """The same text as Django's date filter with the formats the templates used ("l, j. F Y, H:i")."""
    assert local_dates.format_date(FRIDAY, style, "de") == german
    assert local_dates.format_date(FRIDAY, style, "de-x-ls") == german


def test_arabic_and_other_dates_follow_cldr_without_german_punctuation():
    arabic = local_dates.format_date(FRIDAY, "datetime", "ar")
    assert arabic == "الجمعة، 4 ديسمبر 2026، 18:30"
    assert "4." not in arabic and ", " not in arabic
    assert local_dates.format_date(FRIDAY, "full", "en") == "Friday, December 4, 2026"
    assert local_dates.format_date(FRIDAY.date(), "long", "uk") == "4 грудня 2026\u202fр."
    assert local_dates.format_date(FRIDAY.date(), "full", "tr") == "4 Aralık 2026 Cuma"
    assert local_dates.format_date(None) == ""
    with pytest.raises(ValueError):
        local_dates.format_date(FRIDAY, "j. F Y")


def test_template_filters_use_the_active_language():
    template = Template('{% load local_format %}{{ start|local_date:"datetime" }} {{ phone|phone_link }}')
    context = Context({"start": FRIDAY, "phone": "06641 977-0"})
    with translation.override("ar"):
        assert template.render(context) == (
            'الجمعة، 4 ديسمبر 2026، 18:30 <a href="tel:+4966419770" dir="ltr">06641 977-0</a>'
        )
    with translation.override("de"):
        assert template.render(context).startswith("Freitag, 4. Dezember 2026, 18:30 ")
