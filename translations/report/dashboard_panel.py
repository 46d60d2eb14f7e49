"""The dashboard's panel of translations to work on: per language, pages with outdated and with
machine-translated (not reviewed) text, for the reader's scope (their towns or the county).

The figures come from the county report's computation (drafts judged by their latest revision);
they are kept in the cache until a page or a translation changes (two queries tell).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from dashboard import registry
from portal.models import TranslationState
from portal.translation_status import MACHINE, OUTDATED, target_languages

from .county_report import page_languages

CACHE_SECONDS = 24 * 3600


def _version(pages, scope):
    changed = pages.aggregate(
        at=Max("latest_revision_created_at"), live=Max("last_published_at"), n=Count("pk")
    )
    states = scope.filter_paths(TranslationState.objects.all(), "page__path").aggregate(
        at=Max("translated_at"),
        reviewed=Max("reviewed_at"),
        n=Count("pk"),
        machine=Count("pk", filter=Q(machine=True)),
    )
    return repr((changed, states))


def counts_per_language(scope):
    """{language: (outdated pages, machine-translated pages)} in the scope."""
    pages = scope.filter_paths(Page.objects.filter(depth__gt=1))
    key = "translations:dashboard:" + ("county" if scope.county_wide else ",".join(map(str, scope.town_ids)))
    version = _version(pages, scope)
    kept = cache.get(key)
    if kept and kept[0] == version:
        return kept[1]
    figures = {language: [0, 0] for language in target_languages()}
    for item in page_languages(pages):
        figures[item.language][0] += OUTDATED in item.statuses
        figures[item.language][1] += MACHINE in item.statuses
    result = {language: tuple(numbers) for language, numbers in figures.items()}
    cache.set(key, (version, result), CACHE_SECONDS)
    return result


def outdated_and_machine_rows(scope):
    names = dict(settings.LANGUAGES)
    figures = counts_per_language(scope)
    return [[str(names[code]), *figures[code]] for code in target_languages()]


registry.register(
    registry.Panel(
        key="translation-work",
        title=_("Translations to check"),
        description=_(
            "Pages per language whose translation is outdated (the German changed since) or was "
            "machine translated and not yet reviewed by a person."
        ),
        columns=(_("Language"), _("outdated"), _("machine translated, not reviewed")),
        rows=outdated_and_machine_rows,
        highlight=lambda column, value: value > 0,
        highlight_label=_("to check"),
        public=False,
        order=55,
        extra={
            "link_url": reverse_lazy("translations_report"),
            "link_label": _("Translation status by page"),
        },
    )
)
