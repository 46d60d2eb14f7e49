"""Admin hooks of translations.machine."""
