"""Organisations: providers, associations, migrant organisations (MSOs) and public bodies.

Profiles are drafts with revisions: an MSO member edits their own organisation's profile and
submits it; a moderator of the county approves before the change is public.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from portal.models import BasePage


class Organisation(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    class Kind(models.TextChoices):
        PUBLIC_BODY = "public_body", _("public body")
        PROVIDER = "provider", _("provider")
        ASSOCIATION = "association", _("association")
        MSO = "mso", _("migrant organisation (MSO)")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name for addresses"), max_length=200, unique=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    town = models.ForeignKey(
        "home.TownPage",
        verbose_name=_("town"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        help_text=_("Leave empty for organisations working county-wide."),
    )
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("alternative text of the logo"),
        max_length=200,
        blank=True,
        help_text=_("What the logo says or shows, e.g. “Logo of the TSV Ostermoor”."),
    )
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(_("e-mail of the office"), blank=True)
    public_phone = models.CharField(_("phone of the office"), max_length=40, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members with an account"),
        blank=True,
        related_name="organisations",
        help_text=_("They may edit this profile; changes are published after moderation."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind", permission="organisations.publish_organisation"),
        FieldPanel("town"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("public_email"), FieldPanel("public_phone")],
            heading=_("Contact"),
        ),
        FieldPanel("members", permission="organisations.publish_organisation"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.logo_id and not self.logo_alt.strip():
            raise ValidationError({"logo_alt": _("A logo needs an alternative text.")})
        alt = self.logo_alt.strip().lower()
        if alt and (
            alt.rsplit(".", 1)[-1] in {"png", "jpg", "jpeg", "svg", "gif", "webp"}
            or alt in {"logo", "bild", "image"}
        ):
            raise ValidationError(
                {"logo_alt": _("Describe the logo in words, not with a file name or “logo”.")}
            )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "organisation"
        return super().save(*args, **kwargs)

    @property
    def is_mso(self):
        return self.kind == self.Kind.MSO


class OrganisationIndexPage(RoutablePageMixin, BasePage):
    """Public directory of organisations, with a profile page per organisation."""

    parent_page_types = ["home.CountyHomePage"]
    subpage_types = []
    max_count = 1
    template = "organisations/organisation_index_page.html"

    class Meta:
        verbose_name = _("organisation directory")

    @path("")
    def directory(self, request):
        kind = request.GET.get("kind")
        organisations = Organisation.objects.filter(live=True).select_related("town", "logo")
        notices = []
        if kind in Organisation.Kind.values:
            organisations = organisations.filter(kind=kind)
        elif kind:
            notices.append(
                gettext("The filter “%(filter)s” had an unknown value and was ignored.")
                % {"filter": gettext("kind")}
            )
            kind = None
        context = {
            "organisations": organisations,
            "kinds": Organisation.Kind.choices,
            "kind": kind,
            "notices": notices,
        }
        return self.render(request, context_overrides=context)

    @path("<slug:slug>/")
    def profile(self, request, slug):
        organisation = get_object_or_404(
            Organisation.objects.select_related("town", "logo"), slug=slug, live=True
        )
        context = {
            "organisation": organisation,
            "breadcrumb_current": organisation.name,
            "offers": organisation.offers.live().public().order_by("title_de"),
            "contact_points": organisation.contact_points.live().public().order_by("title_de"),
            "meta_subject": organisation,  # the meta description
        }
        return self.render(
            request, context_overrides=context, template="organisations/organisation_profile.html"
        )
