"""The county-wide translation report: per page and language, which statuses its fields have
(missing, outdated, machine translated and not reviewed, reviewed), counted by town, language
and content type.

Pages are read per content type in bulk with their translation states; a page with unpublished
changes is judged by its latest revision (the text being edited), loaded in one query per type.
Each page's result is kept in the cache (in buckets of 1,000 page ids) until its text or its
translation states change, so a report over 10,000 pages computes only the pages changed since.
A page counts in the column of every status one of its fields has (a page with one field
missing and the others reviewed counts as "missing" and as "reviewed").
"""

import csv
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.models import TranslationState
from portal.rules import is_county_staff
from portal.towns import town_page_model
from portal.translation_status import (
    CURRENT,
    MACHINE,
    MISSING,
    OUTDATED,
    STATUS_LABELS,
    content_fields,
    status_for,
    target_languages,
)

STATUSES = (MISSING, OUTDATED, MACHINE, CURRENT)
BATCH = 500
CACHE_PREFIX = "translations:report:"
BUCKET = 1000
CACHE_SECONDS = 7 * 24 * 3600


@dataclass
class PageLanguage:
    """One page in one language: the statuses its fields have."""

    page_id: int
    title: str
    town_id: int | None
    content_type_id: int
    language: str
    statuses: frozenset
    fields: dict  # status → [field label]


@dataclass
class Row:
    """Counts of pages of one town, language and content type."""

    town_id: int | None
    town: str
    language: str
    language_name: str
    content_type_id: int
    content_type: str
    pages: int
    counts: dict  # status → number of pages


def visible_pages(user):
    """The content pages the user may edit (a town editor: their town's)."""
    pages = Page.objects.filter(depth__gt=1)
    if is_county_staff(user):
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(pk__in=editable.values("pk"))


def towns():
    return list(town_page_model().objects.order_by("title").only("pk", "title", "path", "depth"))


def content_types():
    """Page content types with translated fields, in name order."""
    found = [
        ct
        for ct in ContentType.objects.filter(pk__in=Page.objects.values("content_type_id").distinct())
        if ct.model_class() is not None and content_fields(ct.model_class())
    ]
    return sorted(found, key=lambda ct: str(ct.model_class()._meta.verbose_name_plural))


def _town_of(path, town_paths):
    for town_path, town_id in town_paths:
        if path.startswith(town_path):
            return town_id
    return None


def _instances(model, ids):
    """The pages of one type, each as its latest revision where it has unpublished changes."""
    pages = list(model.objects.filter(pk__in=ids).order_by("path"))
    drafts = [
        page.latest_revision_id for page in pages if page.has_unpublished_changes and page.latest_revision_id
    ]
    revisions = {revision.pk: revision for revision in Revision.objects.filter(pk__in=drafts)}
    for page in pages:
        revision = revisions.get(page.latest_revision_id) if page.has_unpublished_changes else None
        yield revision.as_object() if revision is not None else page


def _versions(pages):
    """Per page, what its translation states look like now (a change of any state changes it)."""
    rows = (
        TranslationState.objects.filter(page_id__in=pages.values("pk"))
        .values("page_id")
        .annotate(
            at=Max("translated_at"),
            reviewed=Max("reviewed_at"),
            n=Count("pk"),
            machine=Count("pk", filter=Q(machine=True)),
        )
        .order_by()
    )
    return {row["page_id"]: f"{row['at']}|{row['reviewed']}|{row['n']}|{row['machine']}" for row in rows}


def _bucket_key(page_id):
    """Results are kept in buckets of pages by id (a few entries, not one per page)."""
    return f"{CACHE_PREFIX}{translation.get_language()}:{page_id // BUCKET}"


def _compute(model, ids):
    """{page id: (title, [(language, statuses, fields)])} for pages of one type, computed afresh."""
    result = {}
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        states = defaultdict(list)
        for state in TranslationState.objects.filter(page_id__in=batch):
            states[state.page_id].append(state)
        for instance in _instances(model, batch):
            languages = []
            for status in status_for(instance, states=states.get(instance.pk, [])):
                if not status.fields:
                    continue
                fields = defaultdict(list)
                for item in status.fields:
                    fields[item.status].append(item.label)
                languages.append((status.language, tuple(fields), dict(fields)))
            result[instance.pk] = (instance.title, languages)
    return result


def page_languages(pages, *, languages=None, content_type_ids=None, town_paths=()):
    """Every (page, language) of ``pages`` (a Page queryset) with the statuses of its fields.

    A page's result is kept in the cache under a version of its text (its latest revision,
    its publication) and of its translation states: only pages changed since are computed.
    """
    wanted = set(languages or target_languages())
    rows = pages.values_list("pk", "content_type_id", "path", "latest_revision_id", "last_published_at")
    pages_by_type = defaultdict(list)
    town_of, page_version = {}, {}
    for pk, content_type_id, path, revision_id, published_at in rows:
        if content_type_ids and content_type_id not in content_type_ids:
            continue
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not content_fields(model):
            continue
        pages_by_type[content_type_id].append(pk)
        town_of[pk] = _town_of(path, town_paths)
        page_version[pk] = f"{revision_id}|{published_at}"
    state_versions = _versions(pages)
    versions = {pk: f"{version}|{state_versions.get(pk, '')}" for pk, version in page_version.items()}
    buckets = cache.get_many({_bucket_key(pk) for pk in versions})
    kept = {pk: entry for bucket in buckets.values() for pk, entry in bucket.items()}
    computed = {}
    for content_type_id, ids in pages_by_type.items():
        missing = [pk for pk in ids if (kept.get(pk) or (None,))[0] != versions[pk]]
        if missing:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            computed.update(_compute(model, missing))
    if computed:
        changed = {}
        for pk, value in computed.items():
            key = _bucket_key(pk)
            changed.setdefault(key, dict(buckets.get(key, {})))[pk] = (versions[pk], value)
        cache.set_many(changed, CACHE_SECONDS)
    result = []
    for content_type_id, ids in pages_by_type.items():
        for pk in ids:
            value = computed.get(pk) or kept[pk][1]
            title, page_statuses = value
            for language, statuses, fields in page_statuses:
                if language in wanted:
                    result.append(
                        PageLanguage(
                            pk, title, town_of[pk], content_type_id, language, frozenset(statuses), fields
                        )
                    )
    return result


def report(user, filters):
    """(rows, page_languages) for the filters: town (a TownPage or the string "county"),
    language, content_type (a ContentType), status."""
    all_towns = towns()
    pages = visible_pages(user)
    town = filters.get("town")
    if town == "county":
        for item in all_towns:
            pages = pages.exclude(path__startswith=item.path)
    elif town:
        pages = pages.filter(path__startswith=town.path)
    language = filters.get("language")
    content_type = filters.get("content_type")
    items = page_languages(
        pages,
        languages=[language] if language else None,
        content_type_ids={content_type.pk} if content_type else None,
        town_paths=[(item.path, item.pk) for item in all_towns],
    )
    status = filters.get("status")
    if status:
        items = [item for item in items if status in item.statuses]
    return aggregate(items, all_towns), items


def aggregate(items, all_towns):
    names = dict(settings.LANGUAGES)
    town_names = {town.pk: town.title for town in all_towns}
    order = {code: index for index, code in enumerate(target_languages())}
    groups = {}
    for item in items:
        key = (item.town_id, item.language, item.content_type_id)
        if key not in groups:
            model = ContentType.objects.get_for_id(item.content_type_id).model_class()
            groups[key] = Row(
                item.town_id,
                town_names.get(item.town_id, "") if item.town_id else _("County (county-wide)"),
                item.language,
                str(names[item.language]),
                item.content_type_id,
                str(model._meta.verbose_name) if model else "",
                0,
                dict.fromkeys(STATUSES, 0),
            )
        row = groups[key]
        row.pages += 1
        for status in item.statuses:
            row.counts[status] += 1
    return sorted(
        groups.values(),
        key=lambda row: (row.town_id is not None, row.town, order.get(row.language, 99), row.content_type),
    )


def status_headers():
    return [str(STATUS_LABELS[status]) for status in STATUSES]


def write_csv(out, rows):
    """The filtered rows as CSV: counts only, no personal data."""
    writer = csv.writer(out)
    writer.writerow([_("Town"), _("Language"), _("Content type"), _("Pages"), *status_headers()])
    for row in rows:
        writer.writerow(
            [row.town, row.language_name, row.content_type, row.pages, *(row.counts[s] for s in STATUSES)]
        )


def write_pages_csv(out, items, town_names, type_names):
    writer = csv.writer(out)
    writer.writerow([_("Page"), _("Town"), _("Language"), _("Content type"), *status_headers()])
    names = dict(settings.LANGUAGES)
    for item in items:
        writer.writerow(
            [
                item.title,
                town_names.get(item.town_id, _("County (county-wide)")),
                str(names[item.language]),
                type_names.get(item.content_type_id, ""),
                *(", ".join(item.fields.get(status, [])) for status in STATUSES),
            ]
        )
