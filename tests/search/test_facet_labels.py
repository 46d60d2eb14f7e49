"""The "free of charge" facet is labelled in the language of the document, not in German."""

from django.utils import translation

from search import registry


def test_free_facet_label_in_each_language():
    with translation.override("de"):  # the indexer runs in the source language
        assert registry.free_facet(True, "de") == [("yes", "kostenlos")]
        assert registry.free_facet(True, "en") == [("yes", "free of charge")]
        assert registry.free_facet(True, "uk")[0][1] != "kostenlos"
        assert registry.free_facet(False, "ar") == []
