"""Models of the translations app: each part keeps its own in its package."""

from .machine.models import GlossaryTerm  # noqa: F401
from .review.models import TranslationReviewTask  # noqa: F401
