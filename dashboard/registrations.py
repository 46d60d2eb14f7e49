"""The dashboard's own panel: translation coverage per language (the other panels are
registered by their apps; all discovered at start-up, see portal.apps)."""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal import navigation
from portal.models import TranslationState
from portal.translation_status import target_languages

from . import registry


def translation_rows(scope):
    """Per language: live pages with a saved translation, out of all live content pages."""
    pages = scope.filter_paths(Page.objects.live().filter(depth__gt=1))
    total = pages.count()
    translated = dict(
        scope.filter_paths(TranslationState.objects.filter(page__live=True, page__depth__gt=1), "page__path")
        .values_list("language")
        .annotate(n=Count("page_id", distinct=True))
        .order_by()
    )
    names = dict(settings.LANGUAGES)
    rows = []
    for code in target_languages():
        number = translated.get(code, 0)
        rows.append([str(names[code]), number, total, round(100 * number / total) if total else 0])
    return rows


registry.register(
    registry.Panel(
        key="translations",
        title=_("Translation coverage per language"),
        description=_("Live pages with a translation into the language, out of all live pages."),
        columns=(_("Language"), _("translated pages"), _("all pages"), _("per cent")),
        rows=translation_rows,
        chart_column=3,
        unit="%",
        order=50,
    )
)

navigation.register_service_link("statistics", _("Statistics"), "statistics", order=50)

# The town editors' and moderators' roles and the town editors' next steps (admin home).
from .next_steps import town as _town_next_steps  # noqa: E402, F401
