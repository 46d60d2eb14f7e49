"""Load the county's default German rule set once; county editors change it afterwards."""

from django.db import migrations


def load(apps, schema_editor):
    from guidelines.defaults import RULES

    Rule = apps.get_model("guidelines", "Rule")
    for data in RULES:
        Rule.objects.get_or_create(code=data["code"], defaults=data)


def unload(apps, schema_editor):
    from guidelines.defaults import RULES

    apps.get_model("guidelines", "Rule").objects.filter(code__in=[d["code"] for d in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0001_rules_overrides_findings")]

    operations = [migrations.RunPython(load, unload)]
