"""The dates of every event, stored: one row per occurrence inside a bounded horizon, so a calendar
reads the dates of a period with one indexed query instead of expanding every recurring event.

Kept up to date by ``events.services.occurrences`` (on every save of an event, which covers
publishing, editing and the calendar import; rows go with a deleted event) and refreshed daily by
the ``refresh_occurrences`` command (docker/crontab) as the horizon moves on.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Occurrence(models.Model):
    event = models.ForeignKey(
        "events.EventPage",
        on_delete=models.CASCADE,
        related_name="stored_occurrences",
        verbose_name=_("event"),
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    class Meta:
        indexes = [
            models.Index(fields=["start"], name="events_occurrence_start"),
            models.Index(fields=["end"], name="events_occurrence_end"),
        ]

    def __str__(self):
        return f"{self.event_id} {self.start.isoformat()}"
