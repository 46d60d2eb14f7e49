"""Admin hooks of translations.exchange."""
