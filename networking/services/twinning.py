"""Twinning: applications, partner suggestions, pairing, stories, the public and coordinator views.

Distance between towns: towns have no coordinates of their own. A town's centre is the mean of
the coordinates of its live contact points and offers (which must have coordinates in Germany);
a town without any located place has an unknown distance and ranks after those with one.
"""

import math
from dataclasses import dataclass

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Avg, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from networking.models import PairStage, TwinningApplication, TwinningPair
from portal.local_dates import format_date
from portal.places import place_models
from portal.services import image_consent

from . import access


class TwinningError(ValueError):
    """Refused as asked; the message is for the user, ``field`` the form field it belongs to."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.field = field


# Applications -----------------------------------------------------------------------------


def duplicate_message():
    return _("This group has already applied to this round.")


@transaction.atomic
def apply(round_page, data, today=None):
    """Save one application during the period, or raise TwinningError with nothing saved."""
    if not round_page.is_open_for_applications(today):
        raise TwinningError(
            _("Applications to this round were possible from %(start)s to %(end)s.")
            % {
                "start": format_date(round_page.application_start, "short"),
                "end": format_date(round_page.application_end, "short"),
            }
        )
    name = " ".join(data["group_name"].split())
    if round_page.applications.filter(group_name__iexact=name).exists():
        raise TwinningError(duplicate_message(), field="group_name")
    languages = data.get("languages") or []
    fields = {key: value for key, value in data.items() if key not in {"languages", "website"}}
    fields["group_name"] = name
    try:
        with transaction.atomic():
            application = TwinningApplication.objects.create(round=round_page, **fields)
    except IntegrityError as exc:
        raise TwinningError(duplicate_message(), field="group_name") from exc
    application.languages.set(languages)
    return application


# Suggestions ------------------------------------------------------------------------------


def town_centres(town_ids):
    sums = {}
    for model in place_models():
        rows = (
            model.objects.live()
            .filter(town_id__in=town_ids, latitude__isnull=False, longitude__isnull=False)
            .values("town_id")
            .annotate(lat=Avg("latitude"), lon=Avg("longitude"))
        )
        for row in rows:
            sums.setdefault(row["town_id"], []).append((float(row["lat"]), float(row["lon"])))
    return {
        town: (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
        for town, points in sums.items()
    }


def distance_km(a, b):
    if a is None or b is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


@dataclass
class Suggestion:
    application: TwinningApplication
    shared_interests: list
    shared_languages: list
    distance_km: float | None

    @property
    def sort_key(self):
        distance = self.distance_km if self.distance_km is not None else math.inf
        return (
            -len(self.shared_interests),
            -len(self.shared_languages),
            distance,
            self.application.group_name,
        )


def paired_ids(round_page):
    ids = set()
    for first, second in round_page.pairs.values_list("first_id", "second_id"):
        ids.update((first, second))
    return ids


def suggestions(application, limit=5):
    """Unpaired groups of the same round, ranked by shared interests, shared languages, nearness."""
    round_page = application.round
    taken = paired_ids(round_page)
    candidates = list(
        round_page.applications.exclude(pk=application.pk)
        .exclude(pk__in=taken)
        .select_related("town")
        .prefetch_related("languages")
    )
    centres = town_centres({application.town_id, *(c.town_id for c in candidates)})
    own_languages = {language.code for language in application.languages.all()}
    result = []
    for candidate in candidates:
        shared = sorted(set(application.interests) & set(candidate.interests))
        languages = sorted(own_languages & {language.code for language in candidate.languages.all()})
        if candidate.town_id == application.town_id:
            distance = 0.0
        else:
            distance = distance_km(centres.get(application.town_id), centres.get(candidate.town_id))
        result.append(Suggestion(candidate, shared, languages, distance))
    return sorted(result, key=lambda s: s.sort_key)[:limit]


# Pairing ----------------------------------------------------------------------------------


@transaction.atomic
def create_pair(user, round_page, first, second):
    """Pair two groups of the round; raise PermissionError or TwinningError, nothing saved."""
    if not access.is_coordinator(user, round_page):
        raise PermissionError
    if first.pk == second.pk:
        raise TwinningError(_("A group cannot be paired with itself."))
    if first.round_id != round_page.pk or second.round_id != round_page.pk:
        raise TwinningError(_("Both groups must have applied to this round."))
    taken = TwinningPair.objects.select_for_update().filter(round=round_page)
    for application in (first, second):
        if taken.filter(Q(first=application) | Q(second=application)).exists():
            raise TwinningError(
                _("“%(group)s” is already paired in this round.") % {"group": application.group_name}
            )
    try:
        with transaction.atomic():
            return TwinningPair.objects.create(round=round_page, first=first, second=second)
    except IntegrityError as exc:
        raise TwinningError(_("One of the groups is already paired in this round.")) from exc


def overview(round_page):
    """All pairs of the round with stage, progress and warnings, for the coordinator."""
    pairs = list(
        round_page.pairs.select_related("first__town", "second__town", "closing_event", "round", "story")
    )
    stages = list(PairStage)
    rows = []
    for pair in pairs:
        stage = pair.stage
        rows.append(
            {
                "pair": pair,
                "stage": stage,
                "stage_label": stage.label,
                "progress": int(100 * stages.index(stage) / (len(stages) - 1)),
                "warnings": pair.warnings(),
            }
        )
    taken = paired_ids(round_page)
    unpaired = [a for a in round_page.applications.select_related("town") if a.pk not in taken]
    return {"rows": rows, "unpaired": unpaired}


# Public -----------------------------------------------------------------------------------


def public_pairs(round_page):
    """Pairs whose groups both consented to show their names, with photos that have consent."""
    pairs = (
        round_page.pairs.filter(first__show_name_publicly=True, second__show_name_publicly=True)
        .select_related("first__town", "second__town", "closing_event", "story")
        .prefetch_related("photos__image")
    )
    result = []
    for pair in pairs:
        pair.public_photos = [
            photo for photo in pair.photos.all() if photo.consent and image_consent.is_public(photo.image)
        ]
        result.append(pair)
    return result


def public_context(round_page):
    today = timezone.localdate()
    return {
        "open_for_applications": round_page.is_open_for_applications(today),
        "applications_not_yet_open": today < round_page.application_start,
        "public_pairs": public_pairs(round_page),
        "stories": _story_model().objects.child_of(round_page).live().order_by("title"),
    }


@transaction.atomic
def make_story(user, pair):
    """Turn a finished pair into a draft good-practice story below the round (one step)."""
    if not access.is_coordinator(user, pair.round):
        raise PermissionError
    if not pair.is_finished:
        raise TwinningError(_("Only a pair that held its closing presentation can become a story."))
    if pair.story_id:
        raise TwinningError(_("This pair already has a story."))
    if not pair.consented:
        raise TwinningError(_("Both groups must agree to show their names before a story is published."))
    from django.utils.text import slugify

    title = _("Twinning: %(first)s and %(second)s") % {
        "first": pair.first.group_name,
        "second": pair.second.group_name,
    }
    paragraphs = [pair.project_title, pair.project_description, pair.project_result]
    body = [("paragraph", f"<p>{_escape(text)}</p>") for text in paragraphs if text]
    story_model = _story_model()
    story = story_model(
        title=title,
        slug=slugify(title)[:80] or f"tandem-{pair.pk}",
        intro=pair.project_title,
        body=body,
        story_date=pair.closing_date or timezone.localdate(),
        live=False,
    )
    # A story like every other (story index, feeds, search), kept below its round.
    story.related_pages.add(story_model.related_pages.rel.related_model(target=pair.round))
    if story.slug and round_page_has_slug(pair.round, story.slug):
        story.slug = f"{story.slug}-{pair.pk}"
    pair.round.add_child(instance=story)
    story.save_revision(user=user)
    pair.story = story
    pair.save(update_fields=["story"])
    return story


def _story_model():
    """stories.StoryPage (networking and stories are independent apps: referenced by name, like
    the pair's ``story`` foreign key)."""
    return apps.get_model("stories", "StoryPage")


def round_page_has_slug(round_page, slug):
    return round_page.get_children().filter(slug=slug).exists()


def _escape(text):
    from django.template.defaultfilters import linebreaksbr
    from django.utils.html import escape

    return linebreaksbr(escape(text))
