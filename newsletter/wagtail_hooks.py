"""Admin: a read-only list of newsletter subscriptions with their counts (county staff only)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .models import Digest, Subscription
from .permissions import SubscriptionPermissionPolicy

register_permission_policy(Subscription, SubscriptionPermissionPolicy(Subscription))


class SubscriptionIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statuses = Subscription.objects.values_list("status", flat=True)
        context["counts"] = {
            "confirmed": sum(1 for status in statuses if status == Subscription.Status.CONFIRMED),
            "pending": sum(1 for status in statuses if status == Subscription.Status.PENDING),
        }
        context["last_digest"] = Digest.objects.order_by("-sent_at").first()
        return context


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "mail"
    menu_label = _("Newsletter")
    menu_order = 320
    add_to_admin_menu = True
    name = "subscriptions"
    index_view_class = SubscriptionIndexView
    index_template_name = "newsletter/admin/index.html"
    list_display = ["email", "language", "status", "created_at", "confirmed_at", "last_sent_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    form_fields = ["status"]  # required by the viewset; editing is refused by the policy


@hooks.register("register_admin_viewset")
def register_subscriptions():
    return SubscriptionViewSet()
