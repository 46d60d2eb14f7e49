"""Load the county's default German rule set once; county editors change it afterwards."""

from django.db import migrations


def load(apps, schema_editor):
    from guidelines.defaults import RULES

    Rule = apps.get_model("guidelines", "Rule")
    # Only the fields (and kinds) of this migration's state: later migrations add and update the rest.
    known = {field.name for field in Rule._meta.get_fields()}
    kinds = {choice for choice, _label in Rule._meta.get_field("kind").choices}
    for data in RULES:
        if data.get("kind", "term") in kinds:
            Rule.objects.get_or_create(
                code=data["code"], defaults={k: v for k, v in data.items() if k in known}
            )


def unload(apps, schema_editor):
    from guidelines.defaults import RULES

    apps.get_model("guidelines", "Rule").objects.filter(code__in=[d["code"] for d in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0001_rules_overrides_findings")]

    operations = [migrations.RunPython(load, unload)]
