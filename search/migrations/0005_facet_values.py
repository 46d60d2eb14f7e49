"""Facet counts over integers: SearchDocument.facet_ids (ids of FacetValue) replaces facet_keys.

The existing index is converted in place from SearchFacet (no rebuild needed).
"""

from django.db import migrations, models

import search.models

FILL_POSTGRES = [
    "INSERT INTO search_facetvalue (name, value, label) "
    "SELECT DISTINCT name, value, label FROM search_searchfacet ON CONFLICT DO NOTHING",
    "UPDATE search_searchdocument AS d SET facet_ids = COALESCE((SELECT array_agg(DISTINCT v.id) "
    "FROM search_searchfacet AS f JOIN search_facetvalue AS v "
    "ON v.name = f.name AND v.value = f.value AND v.label = f.label WHERE f.document_id = d.id), '{}')",
]


def fill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FILL_POSTGRES:
            schema_editor.execute(statement)
        return
    facet_model = apps.get_model("search", "SearchFacet")
    value_model = apps.get_model("search", "FacetValue")
    document_model = apps.get_model("search", "SearchDocument")
    ids, by_document = {}, {}
    for document_id, name, value, label in facet_model.objects.values_list("document_id", "name", "value", "label"):
        key = (name, value, label)
        if key not in ids:
            ids[key] = value_model.objects.get_or_create(name=name, value=value, label=label)[0].pk
        by_document.setdefault(document_id, set()).add(ids[key])
    for document_id, values in by_document.items():
        document_model.objects.filter(pk=document_id).update(facet_ids=sorted(values))


class Migration(migrations.Migration):
    dependencies = [("search", "0004_vector_trigger")]

    operations = [
        migrations.CreateModel(
            name="FacetValue",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=30)),
                ("value", models.CharField(max_length=120)),
                ("label", models.CharField(max_length=250)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("name", "value", "label"), name="unique_search_facet_value")
                ],
            },
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="facet_ids",
            field=search.models.IntegerListField(blank=True, default=list),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RemoveField(model_name="searchdocument", name="facet_keys"),
    ]
