"""The search index of Kreisnetz: one document per object and language, its facets, the vocabulary.

Per-language decision: every indexed object gets one document per portal language
(``language`` = the language of the search, i.e. the URL prefix). The text comes from that
language's modeltranslation fields; where the object has no translation in that language
(the adapter's ``is_translated`` is false) the document carries the German text and
``text_language`` = "de", so the result page shows it with ``lang="de"``. German fields fill
single empty fields of a translated object (``fallback`` marks that the document is not fully
translated). Each document is analysed in its text language (``ts_config`` on PostgreSQL).
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal import languages


def ts_config(language):
    """The PostgreSQL text search configuration of a portal language (simple: no stemming)."""
    return languages.language(language, fallback=False).text_search


class IntegerListField(models.Field):
    """A list of ids: ``bigint[]`` on PostgreSQL (BigAutoField ids), comma-separated text elsewhere."""

    def db_type(self, connection):
        return "bigint[]" if connection.vendor == "postgresql" else "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is None:
            return None
        values = [int(item) for item in value]
        return values if connection.vendor == "postgresql" else ",".join(map(str, values))

    def from_db_value(self, value, expression, connection):
        if value is None or isinstance(value, list):
            return value
        return [int(item) for item in value.split(",") if item]

    def to_python(self, value):
        if isinstance(value, str):
            return [int(item) for item in value.split(",") if item]
        return value


class SearchDocument(models.Model):
    object_type = models.CharField(max_length=40)  # the adapter's type key, e.g. "offer"
    model_label = models.CharField(max_length=100)  # e.g. "offers.offerpage"
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=16)
    text_language = models.CharField(max_length=16)
    fallback = models.BooleanField(default=False)
    # The language of each field where it differs from text_language (a translated object with
    # one empty field shows the German text there); "" in documents indexed before.
    title_language = models.CharField(max_length=16, blank=True, default="")
    body_language = models.CharField(max_length=16, blank=True, default="")
    title = models.TextField()
    body = models.TextField(blank=True)
    # The German title and text of a document in another language: searched (a migrant types
    # the German official word), never shown. Empty when the document's text is German.
    german = models.TextField(blank=True, default="")
    stems = models.TextField(blank=True)
    title_stems = models.TextField(blank=True)
    town = models.CharField(max_length=120, blank=True)
    date = models.DateField(null=True, blank=True)
    url = models.CharField(max_length=500)
    public = models.BooleanField(default=True)
    ts_config = models.CharField(max_length=20, default="simple")
    # Filled by PostgreSQL (to_tsvector in the text's configuration); stays empty on SQLite.
    vector = SearchVectorField(null=True, blank=True)
    # The ids of the document's FacetValue rows: PostgreSQL counts the facets of the matching
    # documents with one GROUP BY over these integers, without joining SearchFacet.
    # SearchFacet stays the queryable source (SQLite, Elasticsearch documents, admin).
    facet_ids = IntegerListField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["model_label", "object_id", "language"], name="unique_search_document"
            )
        ]
        indexes = [models.Index(fields=["language", "public"])]

    def __str__(self):
        return f"{self.model_label}:{self.object_id}:{self.language}"


class SearchFacet(models.Model):
    """A facet value of a document (type, town, category, language, target_group, free)."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=30)
    value = models.CharField(max_length=120)
    label = models.CharField(max_length=250)

    class Meta:
        indexes = [models.Index(fields=["name", "value"])]


class FacetValue(models.Model):
    """One facet value with its label in one language (the ids in SearchDocument.facet_ids)."""

    name = models.CharField(max_length=30)
    value = models.CharField(max_length=120)
    label = models.CharField(max_length=250)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "value", "label"], name="unique_search_facet_value")
        ]


class IndexVersion(models.Model):
    """One row: a token that every write to the index replaces (cache keys of browse results).

    A random token rather than a counter: a rolled-back transaction restores an older token
    together with the older index, so a token always names one state of the index.
    """

    token = models.CharField(max_length=32, default="initial")


class SearchTerm(models.Model):
    """Vocabulary of the index per language, for typo correction."""

    language = models.CharField(max_length=16)
    term = models.CharField(max_length=60)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="unique_search_term")]


class Synonym(models.Model):
    """A group of words that mean the same for the search, kept by county editors.

    The alias vocabulary of the portal: German official terms with their names in the readers'
    languages, transliterations and colloquial words ("دائرة الأجانب, Ausländerbehörde").
    A group applies to searches in every language (search.synonyms); ``language`` is the
    language its terms are written in (for the editors, and how the terms are split into words).
    """

    language = models.CharField(
        _("Language"),
        max_length=16,
        choices=settings.LANGUAGES,
        default="de",
        help_text=_("The language of the terms. The group applies to the search in every language."),
    )
    terms = models.TextField(
        _("Terms"),
        help_text=_(
            "Separated by commas, for example “Deutschkurs, Sprachkurs, Integrationskurs” or "
            "“دائرة الأجانب, Ausländerbehörde”. A term may have several words."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("Synonym group")
        verbose_name_plural = _("Synonyms")

    def __str__(self):
        return f"{self.language}: {self.terms}"

    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("A group needs at least two terms.")})
