"""Many published pages at once, for scale demo data and tests (``seed_demo --scale``).

``add_pages`` inserts pages as ``Page.add_child`` + publish would leave them, without revisions:
treebeard paths after the parent's last child, depth, the parents' ``numchild``, ``url_path`` in
every language (``url_path_xx`` from the translated slugs, as wagtail-modeltranslation sets it),
live, content type, default locale, the town of places (``TownMixin``) and the translation
states of the translated languages. The page rows go in with one ``bulk_create`` per chunk, the
rows of the specific page type's own table with one insert per chunk (Django refuses
``bulk_create`` on multi-table models, so that table is written on its own).

No signals run: callers add their many-to-many and inline rows themselves and rebuild the
search index at the end (the search app's scale step does).
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, router, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from tqdm import tqdm
from wagtail.models import Locale, Page

from .i18n import localized_field
from .models import TranslationState
from .towns import town_page_model
from .translation_status import content_fields, new_states, target_languages

CHUNK = 2000
# One item in TRANSLATED_EVERY has its title, introduction and slug in every portal language.
TRANSLATED_EVERY = 5


def is_translated(number):
    """Whether the item with this running number gets translations (a fifth of them)."""
    return number % TRANSLATED_EVERY == 0


def translated_values(number, texts, slug_word=None):
    """The localized field values of item ``number``: ``texts`` is {language: (title, intro)};
    German always, the other languages for the translated share. ``slug_word``: {language: word}
    of the translated slugs (``word-00042``), for the languages that have one."""
    values = {}
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE and not is_translated(number):
            continue
        title, intro = texts[code]
        values[localized_field("title", code)] = title
        values[localized_field("intro", code)] = intro
        if slug_word and code != settings.LANGUAGE_CODE and code in slug_word:
            values[localized_field("slug", code)] = slugify(
                f"{slug_word[code]}-{number + 1:05d}", allow_unicode=True
            )
    return values


def scale_parents(model):
    """The listing pages of ``model`` (the county's and the towns') to spread scale items over,
    in tree order: the first town's first (Hohenau, the county town of the demo)."""
    return list(model.objects.filter(depth__in=(3, 4)).order_by("path"))


def spread(parents, number):
    """The parent of item ``number``: every fourth in the first, the others in turn over the rest
    (the county town's listing grows with N, whatever the number of towns)."""
    if number % 4 == 0 or len(parents) == 1:
        return parents[0]
    return parents[1 + (number - number // 4 - 1) % (len(parents) - 1)]


def progress_bar(progress, label, total):
    """A progress callback (pages inserted) for ``add_pages``: a tqdm bar, or None."""
    if not progress or not total:
        return None
    return tqdm(total=total, desc=label, unit="page").update


def _next_positions(parents):
    """{parent pk: the step of its last child} (0 without children), one query per parent."""
    positions = {}
    for parent in parents:
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        positions[parent.pk] = Page._str2int(last[-Page.steplen :]) if last else 0
    return positions


def _towns(parents):
    """{parent pk: town page pk or None}: the town a page below this parent belongs to."""
    paths = {prefix for parent in parents for prefix in _prefixes(parent.path)}
    towns = dict(town_page_model().objects.filter(path__in=paths).values_list("path", "pk"))
    return {
        parent.pk: next((towns[p] for p in _prefixes(parent.path) if p in towns), None) for parent in parents
    }


def _prefixes(path):
    return [path[:length] for length in range(Page.steplen, len(path) + 1, Page.steplen)]


def add_pages(items, *, progress=None):
    """Insert ``items`` ([(parent page, unsaved specific page)]) as live pages; returns the pages
    with their keys set, in the order given. All pages must be of one type whose only concrete
    parent model is ``Page``; set slug_de, title_de (and translations) on them before."""
    if not items:
        return []
    model = type(items[0][1])
    assert all(type(page) is model for _parent, page in items), "one page type per call"
    assert model is Page or list(model._meta.parents) == [Page], "a type inheriting from Page directly"
    parents = list({parent.pk: parent for parent, _page in items}.values())
    positions = _next_positions(parents)
    towns = _towns(parents) if any(f.name == "town" for f in model._meta.local_fields) else {}
    now = timezone.now()
    common = {
        "content_type": ContentType.objects.get_for_model(model),
        "locale": Locale.get_default(),
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": now,
        "last_published_at": now,
        "numchild": 0,
    }
    added: dict[int, int] = defaultdict(int)
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        for parent, page in items:
            positions[parent.pk] += 1
            added[parent.pk] += 1
            for name, value in common.items():
                setattr(page, name, value)
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, positions[parent.pk])
            page.title = page.draft_title = page.title_de
            page.slug = page.slug_de
            page.set_url_path(parent)
            if parent.pk in towns:
                page.town_id = towns[parent.pk]
            if hasattr(page, "compute_review_due"):
                page.review_due_on = page.compute_review_due()
        for start in range(0, len(items), CHUNK):
            chunk = [page for _parent, page in items[start : start + CHUNK]]
            _insert(model, chunk)
            if progress:
                progress(len(chunk))
        for parent in parents:
            Page.objects.filter(pk=parent.pk).update(numchild=models.F("numchild") + added[parent.pk])
            parent.numchild += added[parent.pk]
        _record_translations(model, [page for _parent, page in items])
    return [page for _parent, page in items]


def _insert(model, pages):
    """The Page rows in batches (keys read back), then the rows of the page type's own table.

    Both are written from the specific pages themselves (no copies), in batches the database
    accepts (SQLite allows fewer bound values per statement than PostgreSQL)."""
    using = router.db_for_write(model)
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    returned = Page._base_manager.using(using)._batched_insert(pages, page_fields, batch_size=None)
    if returned and len(returned) == len(pages):
        keys = [row[0] for row in returned]
    else:  # databases without RETURNING
        by_path = dict(Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk"))
        keys = [by_path[page.path] for page in pages]
    for page, key in zip(pages, keys, strict=True):
        page.pk = page.id = page.page_ptr_id = key
        page._state.adding = False
        page._state.db = using
    if model is not Page:
        local_fields = list(model._meta.local_concrete_fields)
        model._base_manager.using(using)._batched_insert(pages, local_fields, batch_size=None)


def _record_translations(model, pages):
    """Translation states of the translated fields, so the admin shows them up to date."""
    if not content_fields(model):
        return
    states: list[TranslationState] = []
    for page in pages:
        languages = [
            code for code in target_languages() if getattr(page, localized_field("title", code), None)
        ]
        if languages:
            states.extend(new_states(page, languages))
    TranslationState.objects.bulk_create(states, batch_size=CHUNK)


def ensure_children(parents, model, spec):
    """The child page of ``model`` with slug ``spec["slug"]`` under each of ``parents``, created in
    bulk where missing (``spec`` as for ``portal.demo.ensure_child``); {parent pk: page}."""
    existing = {
        page.path[: -Page.steplen]: page
        for page in model.objects.filter(slug_de=spec["slug"], depth__in={p.depth + 1 for p in parents})
    }
    found = {parent.pk: existing[parent.path] for parent in parents if parent.path in existing}
    missing = [parent for parent in parents if parent.pk not in found]
    items = []
    for parent in missing:
        page = model(slug_de=spec["slug"])
        for code, text in spec["title"].items():
            setattr(page, localized_field("title", code), text)
        for code, text in spec.get("intro", {}).items():
            setattr(page, localized_field("intro", code), text)
        items.append((parent, page))
    for (parent, _page), page in zip(items, add_pages(items), strict=True):
        found[parent.pk] = page
    return found


def add_relations(model, pages, fields):
    """Rows of ``model``'s many-to-many ``fields`` for ``pages`` inserted in bulk: field number
    ``n`` links each page to the entries in ``page._scale[n]`` (each once)."""
    for index, name in enumerate(fields):
        relation = getattr(model, name)
        through = relation.through
        source = f"{relation.field.m2m_field_name()}_id"
        target = relation.field.m2m_reverse_name()
        through.objects.bulk_create(
            [
                through(**{source: page.pk, target: entry.pk})
                for page in pages
                for entry in dict.fromkeys(page._scale[index])
            ],
            batch_size=CHUNK,
        )
