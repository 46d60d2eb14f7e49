"""The county's glossary for machine translation: German terms with their translation per
language, or kept as they are (official names)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

# The languages a term can be given in (Leichte Sprache is never machine translated).
TERM_LANGUAGES = ("en", "ar", "fa", "ru", "tr", "uk")


class GlossaryTerm(models.Model):
    term = models.CharField(_("German term"), max_length=200, unique=True)
    keep = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("Official names and the like: the German term stays in every language."),
    )
    translation_en = models.CharField(_("English"), max_length=200, blank=True)
    translation_ar = models.CharField(_("Arabic"), max_length=200, blank=True)
    translation_fa = models.CharField(_("Persian"), max_length=200, blank=True)
    translation_ru = models.CharField(_("Russian"), max_length=200, blank=True)
    translation_tr = models.CharField(_("Turkish"), max_length=200, blank=True)
    translation_uk = models.CharField(_("Ukrainian"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("term"), FieldPanel("keep")]),
        MultiFieldPanel(
            [FieldPanel(f"translation_{code}") for code in TERM_LANGUAGES],
            heading=_("Translations"),
        ),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    def translation(self, language):
        """The term in ``language``: itself when kept, else the given translation or ""."""
        if self.keep:
            return self.term
        return getattr(self, f"translation_{language}", "") if language in TERM_LANGUAGES else ""
