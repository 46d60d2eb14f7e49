"""Load the default Leichte Sprache and English rules once (guidelines/defaults_ls_en.py); county
editors change them afterwards. Rules that exist already (same code) are left as they are."""

from django.db import migrations


def load(apps, schema_editor):
    from guidelines.defaults_ls_en import RULES

    Rule = apps.get_model("guidelines", "Rule")
    for data in RULES:
        Rule.objects.get_or_create(code=data["code"], defaults=data)


def unload(apps, schema_editor):
    from guidelines.defaults_ls_en import RULES

    apps.get_model("guidelines", "Rule").objects.filter(code__in=[d["code"] for d in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0002_default_rules")]

    operations = [migrations.RunPython(load, unload)]
