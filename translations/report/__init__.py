"""Translations: report."""
