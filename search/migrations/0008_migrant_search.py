"""The German text of translated documents (``german``), searched with weight C in the vector.

A migrant types the German official word ("Ausländerbehörde") on the Arabic site: the Arabic
document of the immigration office must match it. PostgreSQL: the trigger adds the German text
to the vector, analysed as German, below title (A) and body (B). Existing documents get their
German text with the next ``rebuild_search`` (the demo and deployments run it after migrating).
"""

from django.db import migrations, models

FUNCTION = """
CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.vector := setweight(to_tsvector(NEW.ts_config::regconfig, NEW.title), 'A')
               || setweight(to_tsvector(NEW.ts_config::regconfig, NEW.body), 'B')
               || setweight(to_tsvector('german'::regconfig, coalesce(NEW.german, '')), 'C');
    RETURN NEW;
END
$$
"""
TRIGGER = [
    "DROP TRIGGER IF EXISTS search_document_vector ON search_searchdocument",
    "CREATE TRIGGER search_document_vector BEFORE INSERT OR UPDATE OF title, body, german, ts_config "
    "ON search_searchdocument FOR EACH ROW EXECUTE FUNCTION search_document_vector()",
]
OLD_FUNCTION = """
CREATE OR REPLACE FUNCTION search_document_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.vector := setweight(to_tsvector(NEW.ts_config::regconfig, NEW.title), 'A')
               || setweight(to_tsvector(NEW.ts_config::regconfig, NEW.body), 'B');
    RETURN NEW;
END
$$
"""
OLD_TRIGGER = [
    "DROP TRIGGER IF EXISTS search_document_vector ON search_searchdocument",
    "CREATE TRIGGER search_document_vector BEFORE INSERT OR UPDATE OF title, body, ts_config "
    "ON search_searchdocument FOR EACH ROW EXECUTE FUNCTION search_document_vector()",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in [FUNCTION, *TRIGGER]:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in [OLD_FUNCTION, *OLD_TRIGGER]:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0007_vector_per_language")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="german",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.AlterField(
            model_name="synonym",
            name="language",
            field=models.CharField(
                choices=[
                    ("de", "German"),
                    ("en", "English"),
                    ("ar", "Arabic"),
                    ("uk", "Ukrainian"),
                    ("tr", "Turkish"),
                    ("fa", "Persian"),
                    ("ru", "Russian"),
                    ("de-x-ls", "Leichte Sprache"),
                ],
                default="de",
                help_text="The language of the terms. The group applies to the search in every language.",
                max_length=16,
                verbose_name="Language",
            ),
        ),
        migrations.AlterField(
            model_name="synonym",
            name="terms",
            field=models.TextField(
                help_text="Separated by commas, for example “Deutschkurs, Sprachkurs, Integrationskurs” or "
                "“دائرة الأجانب, Ausländerbehörde”. A term may have several words.",
                verbose_name="Terms",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
