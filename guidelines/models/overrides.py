"""A county editor's decision that one finding on one page may be published, and why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Override(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="guideline_overrides")
    rule = models.ForeignKey("guidelines.Rule", on_delete=models.CASCADE, related_name="overrides")
    field = models.CharField(_("field"), max_length=200)
    matched_text = models.CharField(_("matched text"), max_length=500)
    # Digest of the whole text of the field: the override lapses as soon as that text changes.
    text_digest = models.CharField(max_length=64)
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("granted by"),
    )
    created_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("guideline override")
        verbose_name_plural = _("guideline overrides")
        indexes = [models.Index(fields=["page", "rule", "field"])]

    def __str__(self):
        return f"{self.rule} · {self.field} · {self.matched_text}"
