"""Page permission testers for structural pages (county home, town pages).

Town editors hold add/change/publish on their town's subtree, which by Wagtail's design
includes the town page itself. The town page is structure, not content: only county staff may
delete, move, copy, unpublish or lock it. Every admin route (buttons, bulk actions, API)
consults this tester.
"""

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from .rules import is_county_staff

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User


class StructuralPagePermissionTester(PagePermissionTester):
    def _county(self) -> bool:
        return is_county_staff(self.user)

    def can_delete(self, ignore_bulk: bool = False) -> bool:
        return self._county() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self) -> bool:
        return self._county() and super().can_unpublish()

    def can_move(self) -> bool:
        return self._county() and super().can_move()

    def can_move_to(self, destination: Any) -> bool:
        return self._county() and super().can_move_to(destination)

    def can_copy(self) -> bool:
        return self._county() and super().can_copy()

    def can_copy_to(self, destination: Any, recursive: bool = False) -> bool:
        return self._county() and super().can_copy_to(destination, recursive=recursive)

    def can_lock(self) -> bool:
        return self._county() and super().can_lock()


# --- Tenant- and organisation-scoped admin viewsets ---------------------------------------------
#
# The rule "who may see which rows" of a scoped model is its registered permission policy
# (``instances_user_has_any_permission_for`` / ``user_has_permission_for_instance``). Wagtail's
# generated views consult a policy for model-level permissions only, so a viewset built with
# ``ScopedViewSetMixin`` wraps every view it generates (index and its export, edit, delete,
# history, usage, revisions, compare, workflow, lock, copy, inspect, chooser) to apply the policy
# to the object in the URL and to every listing. The reports that list snippets (site history,
# workflows, workflow tasks) filter their entries by the same policies (``visible_objects``).

SEE = ("view", "change", "delete", "publish", "lock", "unlock")
CHOOSE = ("choose",)
SCOPED_MODELS: dict[type[Model], bool] = {}
# Locking is decided by Wagtail with the workflow in progress (its reviewers may lock an object
# in moderation without the lock permission): for these views only visibility is checked here.
WAGTAIL_DECIDES = {"lock", "unlock"}


def _policy(model: type[Model]) -> Any:
    return policy_registry.get_by_type(model)


def visible_instances(
    model: type[Model], user: "User | AnonymousUser", actions: Collection[str] = SEE
) -> QuerySet[Any]:
    return _policy(model).instances_user_has_any_permission_for(user, actions)


def _limit(
    queryset: QuerySet[Any], model: type[Model], user: "User | AnonymousUser", actions: Collection[str]
) -> QuerySet[Any]:
    if not issubclass(queryset.model, model):
        return queryset  # e.g. the log entries of a history view
    return queryset.filter(pk__in=visible_instances(model, user, actions).values("pk"))


def check_instance(
    model: type[Model],
    user: "User | AnonymousUser",
    pk: str,
    actions: Collection[str],
    action: str | None = None,
) -> None:
    """404 when the user may not see the object (its existence is not revealed), 403 when the
    user sees it but may not perform the view's action on it."""
    instance = visible_instances(model, user, actions).filter(pk=pk).first()
    if instance is None:
        raise Http404
    if action in WAGTAIL_DECIDES:
        return
    if action and not _policy(model).user_has_permission_for_instance(user, action, instance):
        raise PermissionDenied


# For the type checker the mixins extend an untyped Wagtail class; their real bases are the
# Wagtail views and viewsets they are combined with.
_WagtailClass: Any = object


class ScopedViewMixin(_WagtailClass):
    scoped_model: type[Model]
    scoped_actions: Collection[str] = SEE

    def setup(self, request: Any, *args: Any, **kwargs: Any) -> None:
        pk = kwargs.get(getattr(self, "pk_url_kwarg", None) or "pk")
        if pk is not None:
            action = getattr(self, "permission_required", None)
            check_instance(self.scoped_model, request.user, unquote(str(pk)), self.scoped_actions, action)
        super().setup(request, *args, **kwargs)

    def get_base_queryset(self) -> QuerySet[Any]:
        return _limit(super().get_base_queryset(), self.scoped_model, self.request.user, self.scoped_actions)

    def get_object_list(self) -> QuerySet[Any]:
        return _limit(super().get_object_list(), self.scoped_model, self.request.user, self.scoped_actions)

    def get_objects(self, pks: Collection[Any]) -> QuerySet[Any]:
        return _limit(super().get_objects(pks), self.scoped_model, self.request.user, self.scoped_actions)


def scoped_view_class(view_class: type, model: type[Model], actions: Collection[str] = SEE) -> type:
    attributes = {"scoped_model": model, "scoped_actions": actions}
    return type(f"Scoped{view_class.__name__}", (ScopedViewMixin, view_class), attributes)


class ScopedViewSetMixin(_WagtailClass):
    """For a viewset (ModelViewSet or SnippetViewSet) of a model whose policy scopes its rows."""

    scoped_actions: Collection[str] = SEE

    def on_register(self) -> None:
        SCOPED_MODELS[self.model] = True
        super().on_register()

    def construct_view(self, view_class: type, **kwargs: Any) -> Any:
        return super().construct_view(
            scoped_view_class(view_class, self.model, self.scoped_actions), **kwargs
        )

    @property
    def chooser_viewset_class(self) -> type:
        base = super().chooser_viewset_class
        return type(f"Scoped{base.__name__}", (ScopedViewSetMixin, base), {"scoped_actions": CHOOSE})


def visible_objects(user: "User | AnonymousUser", queryset: QuerySet[Any], prefix: str = "") -> QuerySet[Any]:
    """Rows that point to an object (log entries, workflow states: ``content_type`` and
    ``object_id``) only for the scoped objects the user may see; page log entries, which have no
    ``object_id``, are Wagtail's to filter by page permissions."""
    if not _has_field(queryset.model, prefix + "object_id"):
        return queryset
    for model in SCOPED_MODELS:
        visible = [str(pk) for pk in visible_instances(model, user).values_list("pk", flat=True)]
        content_type = ContentType.objects.get_for_model(model)
        queryset = queryset.filter(
            ~Q(**{f"{prefix}content_type": content_type}) | Q(**{f"{prefix}object_id__in": visible})
        )
    return queryset


def _has_field(model: Any, path: str) -> bool:
    for name in path.split("__"):
        field = next((field for field in model._meta.get_fields() if field.name == name), None)
        if field is None:
            return False
        model = field.related_model
    return True


# --- Page chooser and explorer ------------------------------------------------------------------


def visible_pages(user: "User | AnonymousUser", pages: QuerySet[Any]) -> QuerySet[Any]:
    """Published pages, and the drafts of pages the user may edit (their own town's). A list of
    ids, not a subquery, so that the filter also works on search results."""
    if user.is_superuser or is_county_staff(user):
        return pages
    policy = PagePermissionPolicy()
    editable = policy.instances_user_has_any_permission_for(user, ["add", "change", "publish"])
    return pages.filter(Q(live=True) | Q(pk__in=list(editable.values_list("pk", flat=True))))
