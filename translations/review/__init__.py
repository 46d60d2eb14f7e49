"""Translations: review."""
