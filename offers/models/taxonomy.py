"""County-maintained vocabularies: categories (two levels), target groups, languages, topics."""

import functools

from babel import Locale, UnknownLocaleError
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Category(models.Model):
    """Two-level taxonomy: a main category (e.g. leisure) and its subcategories (e.g. sport)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name for addresses"), max_length=80, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("main category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a main category."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("Categories have two levels: choose a main category.")})
        if self.parent_id and self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A category cannot be its own main category.")})
        if self.pk and self.parent_id and self.children.exists():
            raise ValidationError(
                {"parent": _("This category has subcategories, so it must stay a main one.")}
            )

    @property
    def main(self):
        return self.parent if self.parent_id else self


class Vocabulary(models.Model):
    """A flat, translated, ordered list the county maintains."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name for addresses"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self):
        return self.name


class TargetGroup(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Topic(Vocabulary):
    """A responsibility area (residence, language courses, work, ...) served by contact points."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


@functools.lru_cache(maxsize=256)
def _babel_locale(code):
    """The CLDR locale of ``code``, or None; kept (a Locale loads its data once, 15 ms each)."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


# Languages that matter in integration work but have no locale data in CLDR: their own name,
# and their name in German and English (shown for every other reader language).
EXTRA_LANGUAGES = {
    "prs": ("دری", "Dari", "Dari"),
    "gsg": ("Deutsche Gebärdensprache (DGS)", "Deutsche Gebärdensprache (DGS)", "German Sign Language"),
    "kmr": ("Kurmancî", "Kurmandschi", "Kurmanji"),
}


def language_name(code, reader_code):
    if code in EXTRA_LANGUAGES:
        native, german, english = EXTRA_LANGUAGES[code]
        return german if reader_code.startswith("de") else english
    reader = _babel_locale(reader_code) or Locale("de")
    return reader.languages.get(code.replace("-", "_"))


def native_language_name(code):
    if code in EXTRA_LANGUAGES:
        return EXTRA_LANGUAGES[code][0]
    locale = _babel_locale(code)
    return locale.get_display_name(locale) if locale else language_name(code, "en") or code


class LanguageCode(models.Model):
    """A language an offer is given in or a contact point speaks (ISO 639 code)."""

    code = models.CharField(_("ISO 639 code"), max_length=12, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return f"{self.name} ({self.native_name})" if self.name != self.native_name else self.name

    def clean(self):
        if not language_name(self.code, "en"):
            raise ValidationError(
                {"code": _("“%(code)s” is not a known ISO 639 language code.") % {"code": self.code}}
            )

    @property
    def native_name(self):
        """The language's name in itself, e.g. العربية for ar."""
        return native_language_name(self.code)

    @property
    def name(self):
        """The language's name in the reader's language."""
        return language_name(self.code, translation.get_language() or "de") or self.native_name
