"""Marking machine-translated text reviewed: the marks go, and so do the cached public copies
of the page that still show the "machine translated" notice."""

from portal import cache_tags, front_cache
from portal.translation_status import mark_reviewed, target_languages


class NotAllowed(Exception):
    """The user may not edit the page."""


def mark_language_reviewed(page, language, user):
    """``user`` checked the machine translation of ``page`` in ``language``: every machine field
    of that language counts as reviewed by them. Returns the number of fields marked."""
    if language not in target_languages():
        raise ValueError(language)
    if not page.permissions_for_user(user).can_edit():
        raise NotAllowed
    marked = mark_reviewed(page, language, user)
    if marked:
        purge_public_copies(page)
    return marked


def purge_public_copies(page):
    """Drop the page's copies in the page cache (its tag) and in a front cache, as publishing does."""
    cache_tags.bump([f"page:{page.pk}"])
    front_cache.schedule(page)
