"""The site-history report (/admin/reports/site-history/) with the entries of tenant- and
organisation-scoped objects limited to those the user may see (``permissions.visible_log_entries``).

Wagtail's report filters by content type permissions only; this subclass is routed in front of it
(portal/urls.py), under the same paths."""

from django.contrib.auth import get_user_model
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import registry as log_registry

from .permissions import visible_log_entries


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_user_choices(self):
        user = self.request.user
        ids = set()
        for log_model in log_registry.get_log_entry_models():
            entries = visible_log_entries(user, log_model.objects.viewable_by_user(user))
            ids.update(entries.order_by().values_list("user_id", flat=True).distinct())
        User = get_user_model()
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedSiteHistoryView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        return visible_log_entries(self.request.user, super().filter_queryset(queryset))


urlpatterns = [
    path(
        "admin/reports/site-history/",
        require_admin_access(ScopedSiteHistoryView.as_view()),
        name="scoped_site_history",
    ),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(ScopedSiteHistoryView.as_view(results_only=True)),
        name="scoped_site_history_results",
    ),
]
