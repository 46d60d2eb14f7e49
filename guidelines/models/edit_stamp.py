"""When and by whom a rule or word list was last changed (shown in the admin, kept on save)."""

from django.conf import settings
from django.db import models


class EditStamp(models.Model):
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        abstract = True
