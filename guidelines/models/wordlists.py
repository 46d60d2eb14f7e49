"""Word lists the county keeps beside its rules: person nouns (the context of adjective rules)
and official names (public bodies, laws, programmes) inside which nothing is a finding."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from .edit_stamp import EditStamp
from .rules import lines


class WordList(EditStamp):
    class Purpose(models.TextChoices):
        PERSON_NOUNS = "person_nouns", _("Person nouns (where “{Person}” in a phrase rule applies)")
        OFFICIAL_NAMES = "official_names", _("Official names (never a finding inside them)")

    name = models.CharField(_("name"), max_length=200)
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    enabled = models.BooleanField(_("enabled"), default=True)
    entries = models.TextField(
        _("entries"),
        help_text=_(
            "One per line. Person nouns: the base form (“Einwanderer”, “Arzt/Ärztin”); inflected, "
            "female and compound forms (“Einwanderinnen”, “Bootsflüchtlinge”) are found too. "
            "“*ling” counts every word with that ending, “!Frühling” is never a person noun. "
            "Official names: the name as written (“Bundesamt für Migration und Flüchtlinge”, "
            "“Ausländerbehörde”); a word is covered with all its endings."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("purpose"), FieldPanel("enabled")]),
        FieldPanel("entries"),
    ]

    class Meta:
        ordering = ["purpose", "name"]
        verbose_name = _("guideline word list")
        verbose_name_plural = _("guideline word lists")

    def __str__(self):
        return self.name

    @property
    def entry_list(self):
        return lines(self.entries)
