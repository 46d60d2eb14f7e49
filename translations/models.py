"""Models of the translations app, one module per part."""

from .machine.models import GlossaryTerm  # noqa: F401
