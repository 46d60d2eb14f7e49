"""The built-in panels: offers, contact points, events, stale content, translations, guidelines.

Each function computes its figures for a whole scope in a fixed number of queries.
"""

import datetime

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.places import place_models

from . import registry
from .scope import town_rows

UPCOMING_DAYS = 90


def _by_town(queryset):
    return dict(queryset.values_list("town_id").annotate(n=Count("id", distinct=True)).order_by())


def main_categories():
    from offers.models import Category

    return list(Category.objects.filter(parent__isnull=True).order_by("sort_order", "slug"))


def offer_columns():
    return [_("Town"), *(category.name for category in main_categories()), _("all offers")]


def offer_rows(scope):
    """Live offers per town and main category (a subcategory counts for its main category)."""
    from offers.models import OfferPage

    offers = scope.filter(OfferPage.objects.live())
    counts = {}
    for town_id, main_id, number in (
        offers.filter(categories__isnull=False)
        .annotate(main=Coalesce("categories__parent_id", "categories__id"))
        .values_list("town_id", "main")
        .annotate(n=Count("id", distinct=True))
        .order_by()
    ):
        counts.setdefault(main_id, {})[town_id] = number
    columns = [counts.get(category.pk, {}) for category in main_categories()]
    return town_rows(scope, [*columns, _by_town(offers)])


def contact_point_rows(scope):
    from offers.models import ContactPointPage

    points = scope.filter(ContactPointPage.objects.live())
    with_topics = points.filter(topics__isnull=False)
    return town_rows(scope, [_by_town(points), _by_town(with_topics)])


def upcoming_event_rows(scope, days=UPCOMING_DAYS):
    """Events with at least one date in the next ``days`` days, and their dates, per town."""
    from events.services.listing import candidates
    from events.services.recurrence import expand

    start = timezone.now()
    end = start + datetime.timedelta(days=days)
    events = scope.filter(candidates(start, end, {}))
    occurrences = expand(events, start, end)
    dates, distinct = {}, {}
    for occurrence in occurrences:
        town_id = occurrence.event.town_id
        dates[town_id] = dates.get(town_id, 0) + 1
        distinct.setdefault(town_id, set()).add(occurrence.event.pk)
    return town_rows(scope, [{key: len(value) for key, value in distinct.items()}, dates])


def stale_rows(scope, today=None):
    """Offers and contact points whose review date has passed."""
    today = today or datetime.date.today()
    overdue = Q(review_due_on__lt=today)
    places = [scope.filter(model.objects.live().filter(overdue)) for model in place_models()]
    return town_rows(scope, [_by_town(pages) for pages in places])


def translation_rows(scope):
    """Per language: live pages with a saved translation, out of all live content pages."""
    from django.conf import settings
    from wagtail.models import Page

    from portal.models import TranslationState
    from portal.translation_status import target_languages

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


def severities():
    from guidelines.models import Severity

    return list(Severity)


def guideline_columns():
    return [_("Town"), *(severity.label for severity in severities())]


def guideline_rows(scope):
    """Open (not overridden) guideline findings per town and severity."""
    from guidelines.services import report

    findings = scope.filter(report.findings().filter(overridden=False))
    counts = {}
    for town_id, severity, number in (
        findings.values_list("town_id", "severity").annotate(n=Count("id")).order_by()
    ):
        counts.setdefault(severity, {})[town_id] = number
    return town_rows(scope, [counts.get(severity.value, {}) for severity in severities()])


def _error_column(column, value):
    return column == len(severities()) and bool(value)


registry.register(
    registry.Panel(
        key="offers",
        title=_("Offers per town and category"),
        description=_("Live offers. A town without any offer in a category is marked as a gap."),
        columns=offer_columns,
        rows=offer_rows,
        highlight=registry.zero_in_any(),
        highlight_label=_("gap"),
        chart_column=-1,
        order=10,
    )
)
registry.register(
    registry.Panel(
        key="contact-points",
        title=_("Contact points per town"),
        columns=(_("Town"), _("contact points"), _("with responsibilities")),
        rows=contact_point_rows,
        highlight=lambda column, value: column == 1 and value == 0,
        highlight_label=_("none"),
        order=20,
    )
)
registry.register(
    registry.Panel(
        key="events",
        title=_("Upcoming events per town"),
        description=_("Events with a date in the next 90 days."),
        columns=(_("Town"), _("events"), _("dates")),
        rows=upcoming_event_rows,
        order=30,
    )
)
registry.register(
    registry.Panel(
        key="stale",
        title=_("Content due for review"),
        description=_("Offers and contact points whose review date has passed."),
        columns=(_("Town"), _("offers"), _("contact points")),
        rows=stale_rows,
        highlight=registry.positive_in(1, 2),
        highlight_label=_("overdue"),
        order=40,
    )
)
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
registry.register(
    registry.Panel(
        key="guidelines",
        title=_("Guideline findings per town and severity"),
        description=_("Open findings of the guidelines for culture-sensitive communication."),
        columns=guideline_columns,
        rows=guideline_rows,
        highlight=_error_column,
        highlight_label=_("blocks publication"),
        chart_column=-1,
        order=60,
    )
)
