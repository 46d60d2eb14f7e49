"""PostgreSQL only: the document's tsvector is written by a trigger in the same INSERT/UPDATE.

Before, the indexer inserted the documents and then UPDATEd their vectors, which left every row
twice in the table (half of it dead until VACUUM) and the rows of one language far apart.
``search_doc_browse`` serves browse mode (title order of one language's public documents).
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.vector := setweight(to_tsvector(NEW.ts_config::regconfig, NEW.title), 'A')
               || setweight(to_tsvector(NEW.ts_config::regconfig, NEW.body), 'B');
    RETURN NEW;
END
$$
"""
FORWARDS = [
    FUNCTION,
    "DROP TRIGGER IF EXISTS search_document_vector ON search_searchdocument",
    "CREATE TRIGGER search_document_vector BEFORE INSERT OR UPDATE OF title, body, ts_config "
    "ON search_searchdocument FOR EACH ROW EXECUTE FUNCTION search_document_vector()",
    "CREATE INDEX IF NOT EXISTS search_doc_browse ON search_searchdocument (language, title, id) "
    "WHERE public",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS search_doc_browse",
    "DROP TRIGGER IF EXISTS search_document_vector ON search_searchdocument",
    "DROP FUNCTION IF EXISTS search_document_vector()",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARDS:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARDS:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_perf")]
    operations = [migrations.RunPython(forwards, backwards)]
