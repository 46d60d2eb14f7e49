"""The county-wide training calendar: upcoming trainings of every town, by audience."""

from django.utils.translation import gettext_lazy as _

from portal.models import BasePage


class TrainingCalendarPage(BasePage):
    parent_page_types = ["home.CountyHomePage"]
    subpage_types = []
    max_count = 1
    template = "events/training_calendar_page.html"

    class Meta:
        verbose_name = _("training calendar")
        verbose_name_plural = _("training calendars")

    def get_context(self, request, *args, **kwargs):
        from events.services.trainings import training_page

        context = super().get_context(request, *args, **kwargs)
        context["result"] = training_page(request.GET)
        return context
