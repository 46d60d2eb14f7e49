"""Twinning (Tandems): a round with an application period, applications of groups, pairs with a
timeline inside the pair's window, a joint mini project and good-practice stories.

Contacts of applicants are never public; a group name is shown only with its consent.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable

from portal import local_dates
from portal.models import BasePage
from portal.places import TownMixin
from portal.rules import is_county_staff
from portal.tenancy import is_town_editor
from portal.towns import LISTING_PARENTS

MAX_WINDOW_MONTHS = 6


class GroupKind(models.TextChoices):
    ASSOCIATION = "association", _("association")
    MSO = "mso", _("migrant organisation (MSO)")
    SCHOOL_CLASS = "school_class", _("school class")
    SPORTS_CLUB = "sports_club", _("sports club")
    NEIGHBOURHOOD = "neighbourhood", _("neighbourhood group")
    OTHER = "other", _("other")


class Interest(models.TextChoices):
    SPORT = "sport", _("sport")
    COOKING = "cooking", _("cooking")
    MUSIC = "music", _("music")
    CRAFTS = "crafts", _("crafts")
    GARDENING = "gardening", _("gardening")
    LANGUAGE = "language", _("language exchange")
    CULTURE = "culture", _("culture and festivals")
    NATURE = "nature", _("nature and hiking")
    YOUTH = "youth", _("children and youth")
    VOLUNTEERING = "volunteering", _("volunteering")


def add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def is_editor(user):
    """County editors, administrators and members of a town's editor group."""
    return is_county_staff(user) or is_town_editor(user)


class TwinningRoundPage(RoutablePageMixin, TownMixin, BasePage):
    application_start = models.DateField(_("applications from"))
    application_end = models.DateField(_("applications until"))
    pairing_date = models.DateField(_("pairing on"))
    window_months = models.PositiveSmallIntegerField(
        _("months per pair"),
        default=MAX_WINDOW_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_WINDOW_MONTHS)],
        help_text=_("At most six months from the kick-off to the closing presentation."),
    )
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_twinning_rounds",
        help_text=_("A county or town editor. Only the coordinator pairs groups."),
    )

    parent_page_types = LISTING_PARENTS
    subpage_types = ["stories.StoryPage"]  # the good-practice stories of its finished pairs
    template = "networking/twinning_round_page.html"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("application_start"), FieldPanel("application_end")]),
                FieldRowPanel([FieldPanel("pairing_date"), FieldPanel("window_months")]),
                FieldPanel("coordinator"),
            ],
            heading=_("Round"),
        ),
    ]

    class Meta:
        verbose_name = _("twinning round")
        verbose_name_plural = _("twinning rounds")

    def clean(self):
        super().clean()
        errors = {}
        if self.application_start and self.application_end and self.application_end < self.application_start:
            errors["application_end"] = _("The application period must end after it starts.")
        if self.application_end and self.pairing_date and self.pairing_date < self.application_end:
            errors["pairing_date"] = _("Pairing comes after the application period.")
        if self.window_months and self.window_months > MAX_WINDOW_MONTHS:
            errors["window_months"] = _("A pair's window is at most six months.")
        if self.coordinator_id and not is_editor(self.coordinator):
            errors["coordinator"] = _("The coordinator must be a county or town editor.")
        if errors:
            raise ValidationError(errors)

    def is_open_for_applications(self, today=None):
        today = today or timezone.localdate()
        return self.application_start <= today <= self.application_end

    @path("")
    def overview(self, request):
        from networking.services import twinning

        return self.render(request, context_overrides=twinning.public_context(self))

    @path("bewerben/")
    def apply(self, request):
        from networking.views import apply_view

        return apply_view(request, self)


class TwinningApplication(models.Model):
    round = models.ForeignKey(
        TwinningRoundPage,
        verbose_name=_("twinning round"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    group_kind = models.CharField(_("kind of group"), max_length=20, choices=GroupKind.choices)
    group_name = models.CharField(_("name of the group"), max_length=200)
    town = models.ForeignKey(
        "home.TownPage", verbose_name=_("town"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Blank only after erasure (personal_data.delete_for_email); the form requires both.
    contact_name = models.CharField(_("contact person (not public)"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail of the contact (not public)"), blank=True)
    interests = models.JSONField(_("interests"), default=list, blank=True)
    languages = models.ManyToManyField("offers.LanguageCode", verbose_name=_("languages"), blank=True)
    size = models.PositiveSmallIntegerField(_("number of people"), validators=[MinValueValidator(1)])
    availability = models.CharField(_("when the group has time"), max_length=300, blank=True)
    show_name_publicly = models.BooleanField(_("the group name may be shown publicly"), default=False)
    created_at = models.DateTimeField(_("applied on"), auto_now_add=True)

    class Meta:
        ordering = ["group_name"]
        verbose_name = _("twinning application")
        verbose_name_plural = _("twinning applications")
        constraints = [
            models.UniqueConstraint("round", Lower("group_name"), name="networking_one_application_per_group")
        ]

    def __str__(self):
        return self.group_name

    def interest_labels(self):
        labels = dict(Interest.choices)
        return [labels.get(value, value) for value in self.interests]


class PairStage(models.TextChoices):
    PAIRED = "paired", _("paired")
    KICKED_OFF = "kicked_off", _("kick-off held")
    MEETINGS = "meetings", _("meetings under way")
    PROJECT = "project", _("joint project")
    CLOSED = "closed", _("closing presentation held")


class TwinningPair(ClusterableModel):
    round = models.ForeignKey(
        TwinningRoundPage, verbose_name=_("twinning round"), on_delete=models.CASCADE, related_name="pairs"
    )
    first = models.ForeignKey(
        TwinningApplication,
        verbose_name=_("first group"),
        on_delete=models.PROTECT,
        related_name="pairs_as_first",
    )
    second = models.ForeignKey(
        TwinningApplication,
        verbose_name=_("second group"),
        on_delete=models.PROTECT,
        related_name="pairs_as_second",
    )
    kickoff_date = models.DateField(_("kick-off"), null=True, blank=True)
    meeting_first_date = models.DateField(_("meeting at the first group's place"), null=True, blank=True)
    meeting_second_date = models.DateField(_("meeting at the second group's place"), null=True, blank=True)
    project_title = models.CharField(_("joint project"), max_length=200, blank=True)
    project_description = models.TextField(_("what the project is about"), blank=True)
    project_result = models.TextField(_("result"), blank=True)
    closing_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("closing presentation (event)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    story = models.ForeignKey(
        "stories.StoryPage",
        verbose_name=_("good-practice story"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("paired on"), auto_now_add=True)

    panels = [
        FieldRowPanel(
            [FieldPanel("kickoff_date"), FieldPanel("meeting_first_date"), FieldPanel("meeting_second_date")]
        ),
        MultiFieldPanel(
            [FieldPanel("project_title"), FieldPanel("project_description"), FieldPanel("project_result")],
            heading=_("Joint mini project"),
        ),
        InlinePanel("photos", heading=_("Photos"), label=_("photo")),
        FieldPanel("closing_event"),
    ]

    class Meta:
        ordering = ["round", "pk"]
        verbose_name = _("twinning pair")
        verbose_name_plural = _("twinning pairs")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(first=models.F("second")), name="networking_pair_not_self"
            ),
            models.UniqueConstraint(fields=["round", "first"], name="networking_first_once_per_round"),
            models.UniqueConstraint(fields=["round", "second"], name="networking_second_once_per_round"),
        ]

    def __str__(self):
        return f"{self.first.group_name} + {self.second.group_name}"

    @property
    def window_start(self):
        return self.kickoff_date or self.round.pairing_date

    @property
    def window_end(self):
        return add_months(self.window_start, self.round.window_months)

    @property
    def closing_date(self):
        return timezone.localtime(self.closing_event.start).date() if self.closing_event_id else None

    def dated_steps(self):
        return {
            "kickoff_date": self.kickoff_date,
            "meeting_first_date": self.meeting_first_date,
            "meeting_second_date": self.meeting_second_date,
            "closing_event": self.closing_date,
        }

    def clean(self):
        super().clean()
        errors = {}
        if not self.round_id:
            return
        start, end = self.window_start, self.window_end
        if self.kickoff_date and self.kickoff_date < self.round.pairing_date:
            errors["kickoff_date"] = _("The kick-off cannot be before the pairing date (%(date)s).") % {
                "date": local_dates.format_date(self.round.pairing_date, "short")
            }
        for field, day in self.dated_steps().items():
            if field == "kickoff_date" or day is None:
                continue
            if day < start or day > end:
                errors[field] = _("This date lies outside the pair's window (%(start)s – %(end)s).") % {
                    "start": local_dates.format_date(start, "short"),
                    "end": local_dates.format_date(end, "short"),
                }
        if errors:
            raise ValidationError(errors)

    @property
    def stage(self):
        today = timezone.localdate()
        if self.closing_date and self.closing_date <= today:
            return PairStage.CLOSED
        if self.project_title:
            return PairStage.PROJECT
        if any(day and day <= today for day in (self.meeting_first_date, self.meeting_second_date)):
            return PairStage.MEETINGS
        if self.kickoff_date and self.kickoff_date <= today:
            return PairStage.KICKED_OFF
        return PairStage.PAIRED

    @property
    def is_finished(self):
        return self.stage == PairStage.CLOSED

    @property
    def consented(self):
        return self.first.show_name_publicly and self.second.show_name_publicly

    def warnings(self):
        """Gaps the coordinator should see: missing meetings, a window about to be exceeded."""
        notes = []
        if not self.kickoff_date:
            notes.append(_("No kick-off date yet."))
        if not self.meeting_first_date:
            notes.append(_("The meeting at %(group)s's place is missing.") % {"group": self.first.group_name})
        if not self.meeting_second_date:
            notes.append(
                _("The meeting at %(group)s's place is missing.") % {"group": self.second.group_name}
            )
        if not self.closing_event_id:
            days_left = (self.window_end - timezone.localdate()).days
            if days_left < 0:
                notes.append(_("The window has ended without a closing presentation."))
            elif days_left <= 30:
                notes.append(
                    _("The window ends in %(days)s days and no closing presentation is planned.")
                    % {"days": days_left}
                )
        return notes


class PairPhoto(Orderable):
    pair = ParentalKey(TwinningPair, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "portal.KreisnetzImage", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(_("alternative text"), max_length=250)
    consent = models.BooleanField(
        _("everyone shown agreed to publication"),
        default=False,
        help_text=_("Without recorded consent the photo is never shown publicly."),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("consent")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
