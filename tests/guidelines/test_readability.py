"""Readability values equal textstat's (German: Flesch-Amstad, Wiener Sachtextformel)."""

import pytest
import textstat

from guidelines.services import readability

TEXTS = [
    "Wir helfen Ihnen bei Fragen zur Arbeit. Die Beratung ist kostenlos. Sie können ohne Termin kommen.",
    "Die Inanspruchnahme aufenthaltsrechtlicher Beratungsdienstleistungen erfordert grundsätzlich die "
    "vorherige Terminvereinbarung sowie die Vorlage sämtlicher entscheidungserheblicher Unterlagen.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_flesch_amstad_equals_textstat(text):
    textstat.set_lang("de")
    assert readability.score(text, "de", "flesch_amstad") == pytest.approx(
        textstat.flesch_reading_ease(text), abs=0.5
    )


@pytest.mark.parametrize("text", TEXTS)
def test_wiener_sachtextformel_equals_textstat(text):
    textstat.set_lang("de")
    expected = textstat.wiener_sachtextformel(text, 1)
    assert readability.score(text, "de-x-ls", "wiener_sachtextformel") == pytest.approx(expected, abs=0.5)


def test_wiener_only_for_german():
    assert readability.score(TEXTS[0], "ar", "wiener_sachtextformel") is None
