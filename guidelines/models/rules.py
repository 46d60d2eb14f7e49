"""A guideline rule: what to find, how serious it is, why, and what to write instead."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .edit_stamp import EditStamp


class Kind(models.TextChoices):
    TERM = "term", _("Term (all inflections, inside compounds)")
    PHRASE = "phrase", _("Phrase (words in order, inflected, words between allowed)")
    PATTERN = "pattern", _("Pattern (regular expression)")
    READABILITY = "readability", _("Readability")
    SENTENCE_LENGTH = "sentence_length", _("Sentence length")
    ALT_TEXT = "alt_text", _("Image alternative text")
    LINK_TEXT = "link_text", _("Link text")
    FRESHNESS = "freshness", _("Freshness (last review)")
    REQUIRED_CONTENT = "required_content", _("Required content")


class Severity(models.TextChoices):
    SUGGESTION = "suggestion", _("Suggestion")
    WARNING = "warning", _("Warning")
    ERROR = "error", _("Error (blocks publication)")


SEVERITY_RANK = {Severity.SUGGESTION: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Metric(models.TextChoices):
    FLESCH_AMSTAD = "flesch_amstad", _("Flesch reading ease (Amstad), minimum")
    WIENER_SACHTEXTFORMEL = "wiener_sachtextformel", _("Wiener Sachtextformel, maximum")


def lines(value):
    """Non-empty stripped lines of a multi-line text field."""
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


def codes(value):
    """Comma-separated codes, stripped and lower-cased."""
    return [code.strip().lower() for code in (value or "").split(",") if code.strip()]


class Rule(index.Indexed, EditStamp):
    code = models.SlugField(
        _("code"), max_length=80, unique=True, help_text=_("Stable identifier, e.g. “water-metaphors”.")
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TERM)
    severity = models.CharField(
        _("severity"), max_length=12, choices=Severity.choices, default=Severity.WARNING
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    message = models.CharField(
        _("message"), max_length=300, help_text=_("Short message shown with a finding.")
    )
    reason = models.TextField(
        _("reason"), help_text=_("Why this matters, with its source. Editors learn from it.")
    )
    suggestions = models.TextField(_("suggested replacements"), blank=True, help_text=_("One per line."))

    terms = models.TextField(
        _("terms"),
        blank=True,
        help_text=_(
            "One per line. Term rules: words or phrases, matched in every inflected form and inside "
            "compounds. Phrase rules: words in order, alternatives separated by “/” (“Welle/Flut von "
            "Geflüchtete/Migranten”), each in every inflected form; “Geflücht*” any ending, "
            "“*flüchtling” any compound, “[ihres/seines]” optional, “{Person}” a person noun of the "
            "county's list, “{Wort}” any word, “=Illegale” the word used as a noun. Link text rules: "
            "link texts that say nothing alone. Alternative text rules: "
            "texts that are no description. Required content: field names, alternatives separated by “|”."
        ),
    )
    in_compounds = models.BooleanField(
        _("match inside compounds"),
        default=True,
        help_text=_("Term rules: “Welle” also finds “Flüchtlingswelle”."),
    )
    words_between = models.PositiveSmallIntegerField(
        _("words between"),
        default=0,
        help_text=_(
            "Phrase rules: how many words in lower case (articles, adjectives) may stand between two "
            "words of the phrase, e.g. 1 for “Welle von syrischen Geflüchteten”. Nouns and prepositions "
            "never do."
        ),
    )
    case_sensitive = models.BooleanField(_("case-sensitive"), default=False)
    exceptions = models.TextField(
        _("exceptions"),
        blank=True,
        help_text=_(
            "One per line: words that are never a finding, e.g. official names like “Ausländerbehörde”."
        ),
    )
    pattern = models.TextField(_("regular expression"), blank=True)
    allow_if_explained = models.BooleanField(
        _("allowed once explained in brackets"),
        default=False,
        help_text=_(
            "Term, phrase and pattern rules: a match that is explained (in brackets after it, "
            "“…, also …”, “… bedeutet …”) or that stands in brackets after the full name counts as "
            "explained in the whole field."
        ),
    )
    metric = models.CharField(_("readability measure"), max_length=30, choices=Metric.choices, blank=True)
    threshold = models.FloatField(
        _("threshold"),
        null=True,
        blank=True,
        help_text=_("Readability: limit of the measure. Sentence length: most words. Freshness: months."),
    )
    exempt_quotes = models.BooleanField(
        _("ignore text in quotation marks"),
        default=True,
        help_text=_("Citations are not the editor's wording."),
    )

    languages = models.CharField(
        _("languages"),
        max_length=200,
        blank=True,
        help_text=_("Comma-separated codes, e.g. “de, de-x-ls”; empty: all."),
    )
    page_types = models.CharField(
        _("content types"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated, e.g. “offers.offerpage”; empty: all."),
    )
    fields = models.CharField(
        _("fields"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated field names, e.g. “title, intro”; empty: all."),
    )
    good_examples = models.TextField(
        _("good examples"), blank=True, help_text=_("One sentence per line: must not be found.")
    )
    bad_examples = models.TextField(
        _("bad examples"), blank=True, help_text=_("One sentence per line: must be found.")
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("code"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("severity"), FieldPanel("enabled")]),
                FieldPanel("message"),
                FieldPanel("reason"),
                FieldPanel("suggestions"),
            ],
            heading=_("Rule"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("terms"),
                FieldPanel("words_between"),
                FieldRowPanel(
                    [FieldPanel("in_compounds"), FieldPanel("case_sensitive"), FieldPanel("exempt_quotes")]
                ),
                FieldPanel("exceptions"),
                FieldPanel("pattern"),
                FieldPanel("allow_if_explained"),
                FieldRowPanel([FieldPanel("metric"), FieldPanel("threshold")]),
            ],
            heading=_("What is found"),
        ),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("page_types"), FieldPanel("fields")],
            heading=_("Scope"),
        ),
        MultiFieldPanel([FieldPanel("good_examples"), FieldPanel("bad_examples")], heading=_("Examples")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("terms"),
        index.SearchField("message"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("guideline rule")
        verbose_name_plural = _("guideline rules")

    def __str__(self):
        return self.name

    # Parsed values -------------------------------------------------------------------------

    @property
    def term_list(self):
        return lines(self.terms)

    @property
    def exception_list(self):
        return lines(self.exceptions)

    @property
    def suggestion_list(self):
        return lines(self.suggestions)

    @property
    def good_example_list(self):
        return lines(self.good_examples)

    @property
    def bad_example_list(self):
        return lines(self.bad_examples)

    @property
    def language_list(self):
        return codes(self.languages)

    @property
    def page_type_list(self):
        return codes(self.page_types)

    @property
    def field_list(self):
        return [name.strip() for name in (self.fields or "").split(",") if name.strip()]

    def applies_to(self, language=None, page_type=None, field=None):
        if language and self.language_list and language.lower() not in self.language_list:
            return False
        if page_type and self.page_type_list and page_type.lower() not in self.page_type_list:
            return False
        return not (field and self.field_list and field.split(".")[0] not in self.field_list)

    def clean(self):
        from ..services.validation import validate_rule

        errors = validate_rule(self)
        if errors:
            raise ValidationError(errors)
