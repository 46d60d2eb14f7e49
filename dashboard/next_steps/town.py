"""A town editor's next steps, for the towns of their editor groups only: reviews due, drafts,
guideline findings and untranslated pages. Each source runs a constant number of queries."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from guidelines.models import FindingRecord
from portal.models import Tenancy
from portal.places import place_models
from portal.rules import in_group, is_county_staff
from portal.towns import town_page_model
from portal.translation_status import target_languages

from . import registry

LIMIT = 5


def editor_towns(user):
    """The towns whose editor group ``user`` belongs to (none for county staff), by title.

    Remembered on the user object: the four panels of one page view ask once.
    """
    if not user.is_authenticated or not user.is_active or is_county_staff(user):
        return []
    if not hasattr(user, "_kreisnetz_editor_towns"):
        town_ids = Tenancy.objects.filter(
            page__in=town_page_model().objects.all(), editors__in=user.groups.all()
        ).values("page_id")
        user._kreisnetz_editor_towns = list(
            town_page_model().objects.filter(pk__in=town_ids).order_by("title")
        )
    return user._kreisnetz_editor_towns


def is_town_editor(user):
    return bool(editor_towns(user))


def is_moderator(user):
    return (
        user.is_authenticated and user.is_active and (is_county_staff(user) or in_group(user, "moderators"))
    )


def _in_towns(towns, field="path"):
    condition = Q(pk__in=[])
    for town in towns:
        condition |= Q(**{f"{field}__startswith": town.path})
    return condition


def _edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def reviews_due(user, today=None):
    """Live places (offers, contact points) of the towns whose review date has come, oldest first."""
    towns = editor_towns(user)
    today = today or timezone.localdate()
    names = {town.pk: town.title for town in towns}
    items, total, overdue = [], 0, 0
    for model in place_models():
        due = model.objects.live().filter(town_id__in=names, review_due_on__lte=today)
        counted = due.aggregate(n=Count("pk"), late=Count("pk", filter=Q(review_due_on__lt=today)))
        total, overdue = total + counted["n"], overdue + counted["late"]
        for page in due.order_by("review_due_on", "pk")[:LIMIT]:
            late = page.review_due_on < today
            items.append(
                registry.Item(
                    title=page.title,
                    url=_edit_url(page.pk),
                    kind=str(model._meta.verbose_name),
                    detail=names.get(page.town_id, ""),
                    status=_("review overdue") if late else _("review due today"),
                    when=page.review_due_on,
                    urgent=late,
                    sort_key=(page.review_due_on, page.pk),
                )
            )
    counts = [registry.Count(_("reviews due"), total), registry.Count(_("overdue"), overdue, urgent=True)]
    return registry.Section(items=items, total=total, counts=counts)


def drafts(user):
    """Pages of the towns with changes not yet published (new drafts and edited live pages)."""
    towns = editor_towns(user)
    pages = Page.objects.filter(_in_towns(towns), has_unpublished_changes=True)
    total = pages.count()
    items = []
    for page in pages.order_by("-latest_revision_created_at", "-pk")[:LIMIT]:
        items.append(
            registry.Item(
                title=page.get_admin_display_title(),
                url=_edit_url(page.pk),
                status=_("changes not published") if page.live else _("draft"),
                when=page.latest_revision_created_at,
                sort_key=(-(page.latest_revision_created_at or timezone.now()).timestamp(), page.pk),
            )
        )
    return registry.Section(items=items, total=total, counts=[registry.Count(_("pages with drafts"), total)])


def guideline_findings(user):
    """Open (not overridden) guideline findings of the towns' pages, the pages with most errors first."""
    towns = editor_towns(user)
    findings = FindingRecord.objects.filter(town_id__in=[town.pk for town in towns], overridden=False)
    totals = findings.aggregate(
        n=Count("pk"), pages=Count("page_id", distinct=True), errors=Count("pk", filter=Q(severity="error"))
    )
    per_page = list(
        findings.values("page_id")
        .annotate(n=Count("pk"), errors=Count("pk", filter=Q(severity="error")))
        .order_by("-errors", "-n", "page_id")[:LIMIT]
    )
    pages = Page.objects.in_bulk([row["page_id"] for row in per_page]) if per_page else {}
    items = []
    for rank, row in enumerate(per_page):
        page = pages.get(row["page_id"])
        if page is None:
            continue
        items.append(
            registry.Item(
                title=page.get_admin_display_title(),
                url=reverse("guidelines_page", args=[page.pk]),
                status=_("%(count)s findings, %(errors)s blocking")
                % {"count": row["n"], "errors": row["errors"]},
                urgent=row["errors"] > 0,
                sort_key=rank,
            )
        )
    counts = [
        registry.Count(_("findings"), totals["n"]),
        registry.Count(_("pages"), totals["pages"]),
        registry.Count(_("blocking"), totals["errors"], urgent=True),
    ]
    return registry.Section(items=items, total=totals["pages"], counts=counts)


def untranslated_pages(user):
    """Live pages of the towns without a saved translation into every target language."""
    towns = editor_towns(user)
    languages = target_languages()
    pages = (
        Page.objects.live()
        .filter(_in_towns(towns))
        .annotate(
            translated=Count(
                "translation_states",
                filter=Q(translation_states__language__in=languages),
                distinct=True,
            )
        )
        .filter(translated__lt=len(languages))
    )
    total = pages.count()
    items = []
    for page in pages.order_by("translated", "path")[:LIMIT]:
        items.append(
            registry.Item(
                title=page.get_admin_display_title(),
                url=_edit_url(page.pk),
                status=_("translated into %(done)s of %(all)s languages")
                % {"done": page.translated, "all": len(languages)},
                urgent=page.translated == 0,
                sort_key=(page.translated, page.path),
            )
        )
    return registry.Section(items=items, total=total, counts=[registry.Count(_("pages"), total)])


registry.register_role("town_editor", is_town_editor)
registry.register_role("moderator", is_moderator)
registry.register_source("town_reviews", "places", reviews_due)
registry.register_source("town_drafts", "pages", drafts)
registry.register_source("town_findings", "guidelines", guideline_findings)
registry.register_source("town_translations", "pages", untranslated_pages)
