"""Dates in mails as the recipient's language writes them: no German ordinal dot ("4. ديسمبر")
in Arabic, the German wording unchanged."""

import datetime
import zoneinfo

import pytest
from django.template.loader import render_to_string
from django.utils import translation

START = datetime.datetime(2026, 12, 4, 18, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
EVENT = {"start": START, "all_day": False}
MAILS = {
    "networking/mail/invitation_subject.txt": {"round_table": {"title": "Runder Tisch"}, "event": EVENT},
    "events/mail/_when.txt": {"event": EVENT},
    "newsletter/email/digest.txt": {
        "site_name": "Kreisnetz",
        "digest": {
            "sections": [
                {
                    "heading": "Termine",
                    "items": [{"title": "Fest", "start": START, "end": START, "all_day": False}],
                }
            ]
        },
    },
}


@pytest.mark.parametrize("template", MAILS)
def test_mail_dates_follow_the_recipients_language(template):
    with translation.override("ar"):
        arabic = render_to_string(template, MAILS[template])
    with translation.override("de"):
        german = render_to_string(template, MAILS[template])
    assert "ديسمبر" in arabic
    assert "4." not in arabic and "Dezember" not in arabic
    assert "4. Dezember 2026" in german
