"""A town editor's next steps: pages of their towns whose translation is outdated or machine
translated and not yet reviewed (beside the dashboard's untranslated pages), from the county
report's computation (kept in the cache per page)."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from dashboard.next_steps import registry
from portal.editor_languages import PARAM
from portal.rules import is_county_staff
from portal.translation_status import MACHINE, OUTDATED, STATUS_LABELS

from .county_report import page_languages, towns, visible_pages

LIMIT = 5


def translations_to_check(user):
    if is_county_staff(user):
        return registry.Section()
    all_towns = towns()
    pages = visible_pages(user).exclude(pk__in=Page.objects.filter(depth__lte=2).values("pk"))
    items = [
        item
        for item in page_languages(pages, town_paths=[(town.path, town.pk) for town in all_towns])
        if OUTDATED in item.statuses or MACHINE in item.statuses
    ]
    outdated = sum(OUTDATED in item.statuses for item in items)
    machine = sum(MACHINE in item.statuses for item in items)
    names = dict(settings.LANGUAGES)
    rows = []
    for item in sorted(items, key=lambda item: (OUTDATED not in item.statuses, item.title, item.language))[
        :LIMIT
    ]:
        status = OUTDATED if OUTDATED in item.statuses else MACHINE
        rows.append(
            registry.Item(
                title=item.title,
                url=f"{reverse('wagtailadmin_pages:edit', args=[item.page_id])}?{PARAM}={item.language}",
                detail=str(names[item.language]),
                status=str(STATUS_LABELS[status]),
                urgent=status == OUTDATED,
                sort_key=(status != OUTDATED, item.title),
            )
        )
    report = reverse("translations_report")
    return registry.Section(
        items=rows,
        total=len(items),
        counts=[
            registry.Count(str(STATUS_LABELS[OUTDATED]), outdated, urgent=bool(outdated)),
            registry.Count(str(STATUS_LABELS[MACHINE]), machine),
        ],
        more=[registry.Link(_("Translation status by page"), f"{report}?view=pages")] if items else [],
    )


registry.register_source("town_translations", "to_check", translations_to_check)
