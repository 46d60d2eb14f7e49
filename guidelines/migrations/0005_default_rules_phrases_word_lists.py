"""The larger default rule set (phrases, context, jargon, generic masculine) and the word lists.

Rules keep their codes. A default rule nobody has changed in the admin (no editor recorded) is
brought up to the new default; a rule a county editor has changed keeps the county's version.
Missing rules and word lists are created.
"""

from django.db import migrations

# Optional fields a rule may leave out; left out, they take their default again (a rule that
# became a phrase rule drops its old regular expression).
OPTIONAL = (
    "terms", "exceptions", "pattern", "words_between", "in_compounds", "case_sensitive",
    "allow_if_explained", "exempt_quotes", "good_examples", "bad_examples", "suggestions",
)


def load(apps, schema_editor):
    from guidelines.defaults import RULES, WORD_LISTS

    Rule = apps.get_model("guidelines", "Rule")
    WordList = apps.get_model("guidelines", "WordList")
    for data in RULES:
        rule = Rule.objects.filter(code=data["code"]).first()
        if rule is None:
            Rule.objects.create(**data)
        elif rule.updated_by_id is None:
            for name in OPTIONAL:
                if name not in data:
                    setattr(rule, name, Rule._meta.get_field(name).get_default())
            for name, value in data.items():
                setattr(rule, name, value)
            rule.save()
    for data in WORD_LISTS:
        if not WordList.objects.filter(purpose=data["purpose"]).exists():
            WordList.objects.create(**data)


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0004_phrase_rules_word_lists")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
