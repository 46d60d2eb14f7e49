"""Findings of the last saved revision of each page, kept for the county report."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .rules import Severity


class FindingRecord(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="guideline_findings")
    town = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("town"),
    )
    rule = models.ForeignKey("guidelines.Rule", on_delete=models.CASCADE, related_name="findings")
    severity = models.CharField(_("severity"), max_length=12, choices=Severity.choices)
    field = models.CharField(_("field"), max_length=200)
    language = models.CharField(_("language"), max_length=16)
    matched_text = models.CharField(_("matched text"), max_length=500)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    overridden = models.BooleanField(_("overridden"), default=False)
    checked_at = models.DateTimeField(_("checked at"), auto_now=True)

    class Meta:
        ordering = ["page_id", "field", "start"]
        verbose_name = _("guideline finding")
        verbose_name_plural = _("guideline findings")
        indexes = [models.Index(fields=["severity"]), models.Index(fields=["town", "severity"])]

    def __str__(self):
        return f"{self.rule} · {self.matched_text}"
