"""Translations: exchange."""
