"""Translation states per field: machine translation, review, the digest of the translation.

Existing page-level states become one state per translated field: up to date where the page's
German text is still the one the translation was saved against, outdated otherwise.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def split_per_field(apps, schema_editor):
    from wagtail.models import Page

    from portal import translation_status

    State = apps.get_model("portal", "TranslationState")
    for old in State.objects.filter(field=""):
        page = Page.objects.filter(pk=old.page_id).first()
        page = page.specific if page else None
        if page is not None:
            current = old.source_digest == translation_status.source_digest(page)
            for state in translation_status.new_states(page, [old.language]):
                State.objects.get_or_create(
                    page_id=old.page_id,
                    language=old.language,
                    field=state.field,
                    defaults={
                        "source_digest": state.source_digest if current else "",
                        "target_digest": state.target_digest,
                        "reviewed_at": old.translated_at,
                    },
                )
        old.delete()


class Migration(migrations.Migration):

    dependencies = [
        ("portal", "0005_page_creation_tokens"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="translationstate", name="unique_translation_state"),
        migrations.AddField(
            model_name="translationstate",
            name="field",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="translationstate",
            name="target_digest",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name="translationstate",
            name="machine",
            field=models.BooleanField(default=False, verbose_name="machine translated"),
        ),
        migrations.AddField(
            model_name="translationstate",
            name="reviewed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="translationstate",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(split_per_field, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="translationstate",
            constraint=models.UniqueConstraint(
                fields=("page", "language", "field"), name="unique_translation_state"
            ),
        ),
    ]
