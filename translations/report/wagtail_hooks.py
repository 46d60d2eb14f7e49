"""Admin hooks of translations.report."""
