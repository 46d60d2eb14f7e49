"""Round tables (Runde Tische): a standing body of the county or a town, its member organisations,
sessions (each an event of a calendar), minutes and the action items agreed in a session.

Who reads internal minutes: the users linked to a member organisation (``Organisation.members``)
and everyone who may edit the round table page (its town's editors, county staff).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal import local_dates
from portal.models import BasePage
from portal.places import TownMixin
from portal.towns import LISTING_PARENTS


class MemberRole(models.TextChoices):
    CHAIR = "chair", _("chair")
    MEMBER = "member", _("member")
    GUEST = "guest", _("guest")


class RoundTablePage(TownMixin, BasePage):
    """A round table of the county (below the county home) or of a town (below its town page)."""

    topic = models.CharField(_("topic"), max_length=200, blank=True)
    purpose = models.TextField(_("purpose"), blank=True)
    chair = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("chair (organisation)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = LISTING_PARENTS
    subpage_types = []
    template = "networking/round_table_page.html"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("purpose"), FieldPanel("chair")], heading=_("Round table")
        ),
        InlinePanel("members", heading=_("Members"), label=_("member")),
    ]

    class Meta:
        verbose_name = _("round table")
        verbose_name_plural = _("round tables")

    def get_context(self, request, *args, **kwargs):
        from networking.services import roundtables

        context = super().get_context(request, *args, **kwargs)
        context.update(roundtables.public_context(self, request.user))
        return context


class RoundTableMember(Orderable):
    """A member organisation and its delegate. Delegate name and e-mail are never public."""

    page = ParentalKey(RoundTablePage, on_delete=models.CASCADE, related_name="members")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="round_table_memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=MemberRole.choices, default=MemberRole.MEMBER)
    delegate_name = models.CharField(_("delegate (not public)"), max_length=200, blank=True)
    delegate_email = models.EmailField(_("e-mail of the delegate (not public)"), blank=True)
    delegate_language = models.CharField(
        _("language of the delegate"),
        max_length=10,
        blank=True,
        help_text=_("Invitations are sent in this language; empty: German."),
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldPanel("delegate_name"),
        FieldPanel("delegate_email"),
        FieldPanel("delegate_language"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.UniqueConstraint(fields=["page", "organisation"], name="networking_member_once_per_table")
        ]

    def __str__(self):
        return self.organisation.name


class MinutesVisibility(models.TextChoices):
    PUBLIC = "public", _("public")
    MEMBERS = "members", _("members only")


class RoundTableSession(ClusterableModel):
    """A session of a round table. The date, place and .ics come from its event page."""

    round_table = models.ForeignKey(
        RoundTablePage, verbose_name=_("round table"), on_delete=models.CASCADE, related_name="sessions"
    )
    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event (date and place)"),
        on_delete=models.CASCADE,  # the session is its event: deleting the event (or its town) ends it
        related_name="round_table_session",
    )
    minutes = RichTextField(_("minutes"), blank=True)
    decisions = RichTextField(_("decisions"), blank=True)
    attendance = ParentalManyToManyField(
        "organisations.Organisation", verbose_name=_("organisations present"), blank=True, related_name="+"
    )
    minutes_visibility = models.CharField(
        _("minutes visible to"),
        max_length=10,
        choices=MinutesVisibility.choices,
        default=MinutesVisibility.MEMBERS,
    )
    invitations_sent_at = models.DateTimeField(_("invitations sent"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("round_table"),
        FieldPanel("event"),
        InlinePanel("agenda_items", heading=_("Agenda"), label=_("agenda item")),
        MultiFieldPanel(
            [
                FieldPanel("minutes"),
                FieldPanel("decisions"),
                FieldPanel("attendance"),
                FieldPanel("minutes_visibility"),
            ],
            heading=_("Minutes"),
        ),
    ]

    class Meta:
        ordering = ["-event__start"]
        verbose_name = _("round-table session")
        verbose_name_plural = _("round-table sessions")

    def __str__(self):
        return f"{self.round_table.title} – {local_dates.format_date(self.event.start, 'short')}"

    @property
    def date(self):
        return timezone.localtime(self.event.start).date()

    @property
    def has_minutes(self):
        return bool((self.minutes or "").strip() or (self.decisions or "").strip())

    @property
    def minutes_public(self):
        return self.minutes_visibility == MinutesVisibility.PUBLIC


class AgendaItem(Orderable):
    session = ParentalKey(RoundTableSession, on_delete=models.CASCADE, related_name="agenda_items")
    title = models.CharField(_("item"), max_length=250)
    notes = models.TextField(_("notes"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("notes")]

    class Meta(Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return self.title


class ActionStatus(models.TextChoices):
    OPEN = "open", _("open")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    DROPPED = "dropped", _("dropped")


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class ActionItemQuerySet(models.QuerySet):
    def still_open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        return self.still_open().filter(due_date__lt=today or timezone.localdate())


class ActionItem(models.Model):
    """An action agreed in a session: what, who (organisation, optionally a person), until when."""

    session = models.ForeignKey(
        RoundTableSession,
        verbose_name=_("agreed in session"),
        on_delete=models.CASCADE,
        related_name="actions",
    )
    what = models.CharField(_("what"), max_length=300)
    owner = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("responsible organisation"),
        null=True,
        on_delete=models.SET_NULL,  # a deleted organisation leaves its items without an owner
        related_name="round_table_actions",
    )
    owner_person = models.CharField(
        _("responsible person (optional, shown to members only)"), max_length=200, blank=True
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    notes = models.TextField(_("notes"), blank=True)
    public = models.BooleanField(_("show on the public page"), default=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ActionItemQuerySet.as_manager()

    panels = [
        FieldPanel("session"),
        FieldPanel("what"),
        FieldPanel("owner"),
        FieldPanel("owner_person"),
        FieldPanel("due_date"),
        FieldPanel("status"),
        FieldPanel("notes"),
        FieldPanel("public"),
    ]

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")

    def __str__(self):
        return self.what

    def clean(self):
        super().clean()
        if self.due_date and self.session_id and self.due_date < self.session.date:
            raise ValidationError(
                {
                    "due_date": _("The due date cannot be before the session (%(date)s).")
                    % {"date": local_dates.format_date(self.session.date, "short")}
                }
            )

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self):
        return self.is_open and self.due_date < timezone.localdate()
