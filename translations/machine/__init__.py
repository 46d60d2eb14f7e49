"""Translations: machine."""
