"""The models of the translations parts (each part keeps its own in its package)."""

from .review.models import TranslationReviewTask  # noqa: F401
