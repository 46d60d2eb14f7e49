"""PostgreSQL only: pg_trgm (typo tolerance, infix matching) and the full-text indexes."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    "CREATE INDEX IF NOT EXISTS search_doc_vector ON search_searchdocument USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS search_doc_stems_trgm ON search_searchdocument USING gin (stems gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_term_trgm ON search_searchterm USING gin (term gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS search_doc_vector", "DROP INDEX IF EXISTS search_doc_stems_trgm",
        "DROP INDEX IF EXISTS search_term_trgm"]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in INDEXES:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    # CreateExtension does nothing on databases other than PostgreSQL.
    operations = [TrigramExtension(), migrations.RunPython(forwards, backwards)]
