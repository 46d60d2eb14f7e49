"""The languages offered in integration work in German counties (ISO 639 codes)."""

from django.db import migrations

CODES = [
    "de", "en", "ar", "uk", "tr", "fa", "ru", "prs", "ps", "ku", "kmr", "ckb", "ti", "so", "am",
    "fr", "pl", "ro", "bg", "sq", "sr", "hr", "es", "it", "el", "vi", "zh", "hi", "ur", "gsg",
]


def add_languages(apps, schema_editor):
    LanguageCode = apps.get_model("offers", "LanguageCode")
    for order, code in enumerate(CODES):
        LanguageCode.objects.get_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]
    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]
