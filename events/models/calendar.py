"""The event calendar of the county or a town: upcoming occurrences, filters, archive."""

from django.utils.translation import gettext_lazy as _

from portal.models import BasePage
from portal.town_listing import TownListingMixin
from portal.towns import LISTING_PARENTS


class EventIndexPage(TownListingMixin, BasePage):
    parent_page_types = LISTING_PARENTS
    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")

    def get_context(self, request, *args, **kwargs):
        from events.services.feeds import matching_feeds
        from events.services.listing import calendar_page

        context = super().get_context(request, *args, **kwargs)
        context["town_scope"] = self.town_scope()
        context["result"] = calendar_page(request.GET, town=context["town_scope"])
        context["feeds"] = matching_feeds(context["result"].filters, context["town_scope"])
        return context
