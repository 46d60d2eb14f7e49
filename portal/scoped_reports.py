"""Wagtail's reports that list snippets (site history, workflows, workflow tasks) with the entries
of tenant- and organisation-scoped objects limited to those the user may see
(``permissions.visible_objects``). Wagtail filters them by content type permissions only; these
subclasses are routed in front of Wagtail's views under the same paths (portal/urls.py)."""

from django.contrib.auth import get_user_model
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.log_actions import registry as log_registry

from .permissions import visible_objects


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_user_choices(self):
        user = self.request.user
        ids: set[int] = set()
        for log_model in log_registry.get_log_entry_models():
            entries = visible_objects(user, log_model.objects.viewable_by_user(user))
            ids.update(entries.order_by().values_list("user_id", flat=True).distinct())
        User = get_user_model()
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedSiteHistoryView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        return visible_objects(self.request.user, super().filter_queryset(queryset))


class ScopedWorkflowView(WorkflowView):
    def get_queryset(self):
        return visible_objects(self.request.user, super().get_queryset())


class ScopedWorkflowTasksView(WorkflowTasksView):
    def get_queryset(self):
        return visible_objects(self.request.user, super().get_queryset(), prefix="workflow_state__")


def _paths(route, view, name):
    return [
        path(f"admin/reports/{route}/", require_admin_access(view.as_view()), name=f"scoped_{name}"),
        path(
            f"admin/reports/{route}/results/",
            require_admin_access(view.as_view(results_only=True)),
            name=f"scoped_{name}_results",
        ),
    ]


urlpatterns = [
    *_paths("site-history", ScopedSiteHistoryView, "site_history"),
    *_paths("workflow", ScopedWorkflowView, "workflow"),
    *_paths("workflow_tasks", ScopedWorkflowTasksView, "workflow_tasks"),
]
