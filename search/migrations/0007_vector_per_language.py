"""PostgreSQL only: one partial GIN index on the vector per language instead of one for all.

See ``search.backends.postgres.ensure_vector_indexes``; the composite (language, vector) index
of 0003 is dropped. The languages are those configured when the migration runs; a language
added later gets its index from ``rebuild_search``.
"""

import re

from django.db import migrations

from search.backends.postgres import ensure_vector_indexes


def _indexes(cursor):
    cursor.execute(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchdocument' "
        "AND indexname LIKE 'search!_doc!_vector!_%%' ESCAPE '!'"
    )
    return [name for (name,) in cursor.fetchall() if re.fullmatch(r"[a-z0-9_]+", name)]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            ensure_vector_indexes(cursor)
            cursor.execute("DROP INDEX IF EXISTS search_doc_language_vector")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_doc_language_vector ON search_searchdocument "
                "USING gin (language, vector)"
            )
            for name in _indexes(cursor):
                cursor.execute(f"DROP INDEX {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_field_languages")]
    operations = [migrations.RunPython(forwards, backwards)]
