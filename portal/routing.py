"""Routing by translated slug through indexed lookups, not by loading every sibling page.

wagtail-modeltranslation replaces ``route`` on every translated page model with a version that
instantiates all children of a page to compare their slugs in the active language: below a finder
with 2,000 offers, one detail request built 2,000 pages. ``install()`` (called from
``PortalConfig.ready``, after wagtail-modeltranslation has patched the models) puts ``route``
below in its place. It keeps that version's rules:

- a child matches when its slug in the active language equals the path component, or, where that
  slug is empty, its German slug (modeltranslation's fallback: ``page.slug`` decides, as before);
  the first such child in tree order wins; none: 404;
- a routable page (``RoutablePageMixin``) that is live first tries its own sub-URLs;
- the page a path ends on is served only when live (otherwise 404); view restrictions, previews
  and redirects are handled elsewhere by Wagtail, as before.

The pages of the whole path are looked up in one query (below the page routing starts from, one
row per depth whose slug is one of the path's components), indexed by the ``slug_<language>``
columns (migration portal 0004). Pages passed through on the way get their specific class without
a query (only their tree fields are needed to route further); the page served, and any routable
page, is loaded in full.
"""

from collections.abc import Sequence
from typing import Any

from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.http.request import split_domain_port
from modeltranslation import settings as mt_settings
from modeltranslation.fields import NONE
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site, get_page_models
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation.patch_wagtailadmin import _new_route

from . import caching

# Components looked up together in one query; a longer path continues with one query per page.
PREFETCH_DEPTH = 8


def slug_columns() -> list[str]:
    """The slug column of each language (``slug_de``, ``slug_en``, ``slug_de_x_ls`` ...)."""
    return [build_localized_fieldname("slug", language) for language in mt_settings.AVAILABLE_LANGUAGES]


def slug_matches(slugs: Sequence[str]) -> Q:
    """Pages whose slug as modeltranslation shows it in the active language is one of ``slugs``.

    The slug of the active language, or where it is undefined (NULL or empty) that of the next
    fallback language (German), as ``page.slug`` reads it.
    """
    descriptor = Page.__dict__["slug"]
    undefined = descriptor.fallback_undefined
    if undefined is NONE:
        undefined = descriptor.field.get_default()
    matches = Q()
    undefined_so_far = Q()
    for language in resolution_order(get_language(), descriptor.fallback_languages):
        column = build_localized_fieldname("slug", language)
        matches |= undefined_so_far & Q(**{f"{column}__in": list(slugs)})
        undefined_so_far &= Q(**{f"{column}__isnull": True}) | Q(**{column: undefined})
    return matches


def path_candidates(parent: Page, components: Sequence[str]) -> list[Page]:
    """The pages below ``parent`` that may lie on the path ``components``: one indexed query.

    A page ``n`` levels below ``parent`` is a candidate when its slug in the active language is
    the ``n``-th component; the caller keeps those that are children of the page before them.
    """
    components = components[:PREFETCH_DEPTH]
    if parent.numchild == 0 or not components:
        return []
    queryset = candidates_query(parent, components)
    return [page for page in queryset if page.slug == components[page.depth - parent.depth - 1]]


def candidates_query(parent: Page, components: Sequence[str]) -> QuerySet[Page]:
    return Page.objects.filter(
        slug_matches(sorted(set(components))),
        path__startswith=parent.path,
        depth__gt=parent.depth,
        depth__lte=parent.depth + len(components),
    ).order_by()


def child_for_route(parent: Page, components: Sequence[str]) -> Page | None:
    """The child of ``parent`` that the first of ``components`` names, in its specific class.

    It carries the candidates for the rest of the path (no further query for them) and its
    parent (``get_parent()`` without a query).
    """
    prefetched = parent.__dict__.pop("_route_candidates", None)
    if prefetched is not None and prefetched[0] == tuple(components[: len(prefetched[0])]):
        depth = len(prefetched[0])
        candidates = prefetched[1]
    else:
        depth = min(len(components), PREFETCH_DEPTH)
        candidates = path_candidates(parent, components)
    children = [
        page for page in candidates if page.depth == parent.depth + 1 and page.path.startswith(parent.path)
    ]
    if not children:
        return None
    child = min(children, key=lambda page: page.path)
    child._cached_parent_obj = parent
    below = [page for page in candidates if page.depth > child.depth and page.path.startswith(child.path)]
    if depth > 1:
        child._route_candidates = (tuple(components[1:depth]), below)
    model = child.specific_class
    if len(components) > 1 and _routes_by_slug_only(model):
        return child.specific_deferred
    related = getattr(model, "detail_select_related", ())
    if not related or isinstance(child, model):
        return child.specific
    # The page to be served, with the rows it shows beside it (``BasePage.detail_select_related``).
    page = model._default_manager.select_related(*related).get(pk=child.pk)
    page._cached_parent_obj = parent
    return page


def routed_ancestors(page: Page) -> list[Page] | None:
    """The ancestors of ``page`` below the tree root as routing found them, or None.

    Routing leaves each page its parent (``_cached_parent_obj``); the chain is complete when it
    reaches depth 2 (a site's root page below the tree root).
    """
    chain = []
    current = page
    while (parent := current.__dict__.get("_cached_parent_obj")) is not None and parent.depth > 1:
        if parent.depth != current.depth - 1:
            return None
        chain.append(parent)
        current = parent
    if current.depth != 2:
        return None
    return chain[::-1]


def _routes_by_slug_only(model: Any) -> bool:
    """Whether a page of ``model`` with components left only hands them to a child (or 404s)."""
    return model is not None and model.route is route and not issubclass(model, RoutablePageMixin)


def route(self: Page, request: Any, path_components: Sequence[str]) -> RouteResult:
    """``Page.route`` by translated slug, with one indexed query for the pages of a path."""
    if isinstance(self, RoutablePageMixin) and self.live:
        try:
            path = "/"
            if path_components:
                path += "/".join(path_components) + "/"
            view, args, kwargs = self.resolve_subpage(path)
            return RouteResult(self, args=(view, args, kwargs))
        except Http404:
            pass

    if path_components:
        child = child_for_route(self, path_components)
        if child is None:
            raise Http404
        return child.route(request, path_components[1:])

    if self.live:
        return RouteResult(self)
    raise Http404


_find_site_in_database = Site._find_for_request


def find_site_for_request(request: Any) -> Site | None:
    """Wagtail's site for a request, with its root page in its specific class: cached.

    Kept per page-tree version (any page or site saved, deleted or moved starts a new one), so
    routing starts from the site's root page without the two queries of each request.
    """
    hostname = split_domain_port(request._get_raw_host())[0]
    return caching.tree_cached(f"site-for:{hostname}:{request.get_port()}", lambda: _site_with_root(request))


def _site_with_root(request: Any) -> Site | None:
    site = _find_site_in_database(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


def _site_changed(**kwargs: Any) -> None:
    caching.new_page_tree_version()


def install() -> None:
    """Put ``route`` on every page model where wagtail-modeltranslation put its own; cache sites."""
    for model in [Page, *get_page_models()]:
        if model.__dict__.get("route") is _new_route:
            model.route = route
    Site._find_for_request = staticmethod(find_site_for_request)
    for signal in (post_save, post_delete):
        signal.connect(_site_changed, sender=Site, dispatch_uid=f"kreisnetz:site-changed:{id(signal)}")


def slug_index_name(column: str) -> str:
    return f"wagtailcore_page_{column}_idx"


def index_slug_columns(schema_editor: Any) -> None:
    """Index ``wagtailcore_page.slug_<language>`` for every language (idempotent).

    wagtail-modeltranslation adds the translated Page columns with plain ``ALTER TABLE`` after
    the migrations have run (its ``migrate`` command), without the index ``slug`` has. On a new
    database the slug columns do not exist yet when this runs: they are added here first, as its
    command would add them (it then finds them present). A new language needs a migration that
    calls this again.
    """
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    table = quote("wagtailcore_page")
    with connection.cursor() as cursor:
        existing = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    for column in slug_columns():
        if column not in existing:
            field = Page._meta.get_field(column)
            null = "" if field.null else " NOT NULL"
            schema_editor.execute(
                f"ALTER TABLE {table} ADD COLUMN {quote(column)} {field.db_type(connection)}{null}"
            )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {quote(slug_index_name(column))} ON {table} ({quote(column)})"
        )


def drop_slug_indexes(schema_editor: Any) -> None:
    for column in slug_columns():
        schema_editor.execute(
            f"DROP INDEX IF EXISTS {schema_editor.connection.ops.quote_name(slug_index_name(column))}"
        )
