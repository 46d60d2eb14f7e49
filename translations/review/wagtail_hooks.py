"""Admin hooks of translations.review: reviewers edit only their language."""

from wagtail import hooks


@hooks.register("editor_language_limit")
def reviewer_languages(user, page):
    from .services import reviewer_languages

    return reviewer_languages(user, page)
