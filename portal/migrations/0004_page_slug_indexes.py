"""Index the translated slug columns of wagtailcore_page: routing looks pages up by them."""

from django.db import migrations


def index(apps, schema_editor):
    from portal.routing import index_slug_columns

    index_slug_columns(schema_editor)


def drop(apps, schema_editor):
    from portal.routing import drop_slug_indexes

    drop_slug_indexes(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_tenancy"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(index, drop)]
