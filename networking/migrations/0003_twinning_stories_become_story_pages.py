"""Twinning stories become stories.StoryPage (the story index, feeds and search list them).

Each TwinningStoryPage is converted in place: the same page (id, tree position, slug, URL) gets a
stories.StoryPage row with its texts in every language, the date it was first published and its
town, a related-page link to its round, and the StoryPage content type (the page and its
revisions). The pairs keep pointing at the same pages. The old table is dropped afterwards.
"""

import datetime

import django.db.models.deletion
from django.db import migrations, models

LANGUAGE_SUFFIXES = ("", "_de", "_en", "_ar", "_uk", "_tr", "_fa", "_ru", "_de_x_ls")
TEXT_COLUMNS = [f"{name}{suffix}" for name in ("intro", "body") for suffix in LANGUAGE_SUFFIXES]


def convert(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TwinningStoryPage = apps.get_model("networking", "TwinningStoryPage")
    TwinningRoundPage = apps.get_model("networking", "TwinningRoundPage")
    StoryRelatedPage = apps.get_model("stories", "StoryRelatedPage")
    old_ids = list(TwinningStoryPage.objects.values_list("pk", flat=True))
    if not old_ids:
        return
    story_type, _created = ContentType.objects.get_or_create(app_label="stories", model="storypage")
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in TEXT_COLUMNS)
    for page in Page.objects.filter(pk__in=old_ids):
        parent_path = page.path[:-4]
        round_page = TwinningRoundPage.objects.filter(path=parent_path).first()
        published = page.first_published_at or page.last_published_at or page.latest_revision_created_at
        story_date = published.date() if published else datetime.date.today()  # never published: today
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {quote('stories_storypage')} ({quote('page_ptr_id')}, {columns}, "
                f"{quote('story_date')}, {quote('town_id')}) "
                f"SELECT {quote('page_ptr_id')}, {columns}, %s, %s "
                f"FROM {quote('networking_twinningstorypage')} WHERE {quote('page_ptr_id')} = %s",
                [
                    story_date,
                    round_page.town_id if round_page is not None else None,
                    page.pk,
                ],
            )
        Page.objects.filter(pk=page.pk).update(content_type=story_type)
        for revision in Revision.objects.filter(object_id=str(page.pk), content_type=page.content_type_id):
            content = dict(revision.content or {})
            content["content_type"] = story_type.pk
            content.pop("pair", None)
            revision.content = content
            revision.content_type = story_type
            revision.save(update_fields=["content", "content_type"])
        if round_page is not None:
            StoryRelatedPage.objects.create(page_id=page.pk, target_id=round_page.pk, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("networking", "0002_deletion_keeps_history"),
        ("stories", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(convert, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="twinningpair",
            name="story",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="stories.storypage",
                verbose_name="good-practice story",
            ),
        ),
        migrations.DeleteModel(
            name="TwinningStoryPage",
        ),
    ]
