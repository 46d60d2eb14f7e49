"""A town editor's next steps: pages of their towns with machine-translated text nobody has
reviewed yet (beside the dashboard's untranslated pages), and a link to the report's outdated
translations. A constant handful of queries: outdated text needs the county report's
computation, which the report page does, not the admin home."""

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _

from dashboard.next_steps import registry
from portal.editor_languages import PARAM
from portal.models import TranslationState
from portal.rules import is_county_staff
from portal.translation_status import MACHINE, OUTDATED, STATUS_LABELS

from .county_report import visible_pages

LIMIT = 5


def translations_to_check(user):
    if is_county_staff(user):
        return registry.Section()
    states = TranslationState.objects.filter(machine=True, page__in=visible_pages(user).values("pk"))
    pairs = list(
        states.values("page_id", "page__title", "language")
        .annotate(fields=Count("pk"))
        .order_by("page__path", "language")
    )
    if not pairs:
        return registry.Section()
    names = dict(settings.LANGUAGES)
    items = [
        registry.Item(
            title=pair["page__title"],
            url=f"{reverse('wagtailadmin_pages:edit', args=[pair['page_id']])}?{PARAM}={pair['language']}",
            detail=str(names.get(pair["language"], pair["language"])),
            status=str(STATUS_LABELS[MACHINE]),
            sort_key=(1, pair["page__title"]),
        )
        for pair in pairs[:LIMIT]
    ]
    report = reverse("translations_report")
    return registry.Section(
        items=items,
        total=len(pairs),
        counts=[registry.Count(str(STATUS_LABELS[MACHINE]), len(pairs))],
        more=[
            registry.Link(_("Machine-translated pages"), f"{report}?view=pages&status={MACHINE}"),
            registry.Link(_("Outdated translations"), f"{report}?view=pages&status={OUTDATED}"),
        ],
    )


registry.register_source("town_translations", "to_check", translations_to_check)
