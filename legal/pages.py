"""Create the legal and accessibility pages once and point the site setting at them."""

from django.db import transaction
from wagtail.models import Site

from .models import AccessibilityStatementPage, EasyLanguagePage, LegalPage, LegalSettings, SignLanguagePage


def _paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


PAGES = {
    "imprint": (
        LegalPage,
        "impressum",
        {
            "title_de": "Impressum",
            "title_en": "Imprint",
            "intro_de": "Anbieter dieser Website ist der Landkreis, vertreten durch die Landrätin.",
            "body_de": _paragraph(
                "Landratsamt, Kreisstraße 1, 12345 Kreisstadt. Telefon 06000 0. "
                "E-Mail: poststelle@landkreis.example. Umsatzsteuer-ID: DE000000000."
            ),
        },
    ),
    "privacy": (
        LegalPage,
        "datenschutz",
        {
            "title_de": "Datenschutzerklärung",
            "title_en": "Privacy statement",
            "intro_de": "Wir speichern nur die Daten, die wir für Anmeldungen, den Newsletter und "
            "Rückmeldungen brauchen, und löschen sie nach festen Fristen.",
            "body_de": _paragraph(
                "Verantwortlich ist der Landkreis. Welche Daten wir wofür und wie lange "
                "speichern, steht in der Übersicht der personenbezogenen Daten."
            ),
        },
    ),
    "accessibility": (
        AccessibilityStatementPage,
        "barrierefreiheit",
        {
            "title_de": "Erklärung zur Barrierefreiheit",
            "title_en": "Accessibility statement",
            "intro_de": "Der Landkreis möchte seine Website barrierefrei zugänglich machen.",
            "barriers_de": "Ältere PDF-Dokumente sind nicht vollständig barrierefrei; "
            "auf Anfrage senden wir sie in zugänglicher Form.",
            "contact_email": "barrierefreiheit@landkreis.example",
        },
    ),
    "easy_language": (
        EasyLanguagePage,
        "leichte-sprache",
        {
            "title_de": "Leichte Sprache",
            "title_de_x_ls": "Informationen in Leichter Sprache",
            "intro_de": "Hier finden Sie Informationen in Leichter Sprache.",
            "intro_de_x_ls": "Hier gibt es Informationen in Leichter Sprache.",
            "body_de_x_ls": _paragraph(
                "Auf dieser Internet-Seite finden Sie Angebote im Landkreis. "
                "Zum Beispiel: Deutsch-Kurse. Beratung. Termine."
            ),
        },
    ),
    "sign_language": (
        SignLanguagePage,
        "gebaerdensprache",
        {
            "title_de": "Gebärdensprache",
            "title_en": "Sign language",
            "intro_de": "Informationen in Deutscher Gebärdensprache (DGS).",
            "video_description_de": "Im Video erklären wir, was Sie auf dieser Website finden und wie Sie "
            "uns erreichen.",
        },
    ),
}


@transaction.atomic
def ensure_pages(county):
    """The five pages below the county home (created once) and the site setting naming them."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    chosen = LegalSettings.for_site(site)
    for key, (model, slug, fields) in PAGES.items():
        page = model.objects.child_of(county).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, **fields)
            county.add_child(instance=page)
            page.save_revision().publish()
        setattr(chosen, key, page)
    chosen.save()
    return chosen
