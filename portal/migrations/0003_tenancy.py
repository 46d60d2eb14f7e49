"""Tenancy by key: each town page (and the county home) gets one row linking its parts.

Until now the parts were found by names derived from the town's German title: the group
"<prefix> <town>", the collection "<town>", and the submission workflow "Event submissions: <town>"
in whatever interface language the first submitter used (so one town could have several). This
migration links today's objects, found by today's names, once:

- editor group: the group named "<prefix> <German title>"; if the town was renamed already, the one
  group (other than the county-wide groups) holding page permissions on the town page;
- collection: the collection named like the town; else the one collection the editor group may use;
- approval workflow: the workflow assigned to the town page (WorkflowPage);
- submission workflow: of the workflows named "Event submissions: <place>" in any of the eight
  catalogues, the earliest. Later duplicates are left as they are (not deleted, not deactivated:
  deactivating would cancel the moderation of events still waiting in them); they are no longer
  used for new submissions;
- the county: the county editors' group, the root collection and its submission workflow.

A part that cannot be found stays empty (NULL); nothing is created or renamed. On an empty
database (no towns yet) nothing happens. The German title is read from modeltranslation's
``title_de`` column when it exists (historical models do not know it), else from ``title``.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# "Event submissions: %(place)s" as the eight catalogues translated it when the names were made.
SUBMISSION_NAMES = (
    "Eingereichte Veranstaltungen: {}",
    "Gemeldete Veranstaltungen: {}",
    "Event submissions: {}",
    "الفعاليات المقترحة: {}",
    "Заявки на події: {}",
    "Заявки на мероприятия: {}",
    "Etkinlik gönderimleri: {}",
    "رویدادهای ارسالی: {}",
)


def _names(schema_editor, page_ids):
    """page id -> the names the page may have had in the other objects' names (German first)."""
    if not page_ids:
        return {}
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        table = connection.introspection.get_table_description(cursor, "wagtailcore_page")
        columns = {column.name for column in table}
        german = connection.ops.quote_name("title_de" if "title_de" in columns else "title")
        marks = ", ".join(["%s"] * len(page_ids))
        query = f"SELECT id, {german}, title FROM wagtailcore_page WHERE id IN ({marks})"  # noqa: S608
        cursor.execute(query, page_ids)
        return {pk: [name for name in (de, title) if name] for pk, de, title in cursor.fetchall()}


def _submission_workflow(apps, names):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    candidates = [template.format(name) for name in names for template in SUBMISSION_NAMES]
    return Workflow.objects.filter(name__in=candidates).order_by("pk").first()


def _only(queryset):
    found = list(queryset[:2])
    return found[0] if len(found) == 1 else None


def _town_group(apps, page_id, names):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    prefix = settings.KREISNETZ_TOWN_GROUP_PREFIX
    group = Group.objects.filter(name__in=[f"{prefix} {name}" for name in names]).order_by("pk").first()
    if group is not None:
        return group
    holders = GroupPagePermission.objects.filter(page_id=page_id).values("group_id")
    county_wide = settings.KREISNETZ_GROUPS.values()
    return _only(Group.objects.filter(pk__in=holders).exclude(name__in=county_wide).order_by("pk"))


def _town_collection(apps, group, names):
    Collection = apps.get_model("wagtailcore", "Collection")
    collection = Collection.objects.filter(name__in=names).order_by("pk").first()
    if collection is not None or group is None:
        return collection
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    usable = GroupCollectionPermission.objects.filter(group=group).values("collection_id")
    return _only(Collection.objects.filter(pk__in=usable, depth__gt=1).distinct().order_by("pk"))


def link_existing_parts(apps, schema_editor):
    Tenancy = apps.get_model("portal", "Tenancy")
    TownPage = apps.get_model("home", "TownPage")
    County = apps.get_model("home", "CountyHomePage")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    town_ids = list(TownPage.objects.values_list("pk", flat=True))
    county_ids = list(County.objects.values_list("pk", flat=True))
    names = _names(schema_editor, town_ids + county_ids)
    for page_id in town_ids:
        group = _town_group(apps, page_id, names[page_id])
        review = WorkflowPage.objects.filter(page_id=page_id).first()
        Tenancy.objects.update_or_create(
            page_id=page_id,
            defaults={
                "editors": group,
                "collection": _town_collection(apps, group, names[page_id]),
                "review_workflow_id": review.workflow_id if review else None,
                "submission_workflow": _submission_workflow(apps, names[page_id]),
            },
        )
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    for page_id in county_ids:
        Tenancy.objects.update_or_create(
            page_id=page_id,
            defaults={
                "editors": Group.objects.filter(name=settings.KREISNETZ_GROUPS["county_editors"]).first(),
                "collection": Collection.objects.filter(depth=1).first(),
                "submission_workflow": _submission_workflow(apps, names[page_id]),
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("home", "0001_initial"),
        ("portal", "0002_private_files_of_images_without_consent"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Tenancy",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "collection",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.collection",
                        verbose_name="collection",
                    ),
                ),
                (
                    "editors",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="auth.group",
                        verbose_name="editor group",
                    ),
                ),
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tenancy",
                        to=settings.WAGTAIL_PAGE_MODEL,
                        verbose_name="page",
                    ),
                ),
                (
                    "review_workflow",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.workflow",
                        verbose_name="approval workflow",
                    ),
                ),
                (
                    "submission_workflow",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.workflow",
                        verbose_name="event submission workflow",
                    ),
                ),
            ],
            options={
                "verbose_name": "tenancy",
                "verbose_name_plural": "tenancies",
            },
        ),
        migrations.RunPython(link_existing_parts, migrations.RunPython.noop),
    ]
