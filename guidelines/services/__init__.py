"""Guideline checks: rules compiled per language, text extraction, publication gate, report."""
