"""Admin hooks of translations.review."""
