"""Good-practice stories of the county and its towns, with links to offers, events and organisations."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.caching import public
from portal.listing import without_bodies
from portal.models import BasePage
from portal.places import TownMixin
from portal.services import image_consent

STORY_PARENTS = ["home.CountyHomePage", "home.TownPage"]


class StoryIndexPage(BasePage):
    """The stories of the county (all towns) or of one town."""

    parent_page_types = STORY_PARENTS
    subpage_types = ["stories.StoryPage"]
    template = "stories/story_index_page.html"

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        town = self.town_scope()
        stories = without_bodies(latest_stories(), "town")
        stories = stories.filter(town=town) if town is not None else stories
        tag = request.GET.get("tag", "").strip()
        if tag:
            stories = stories.filter(tags__slug=tag)
        context["tag"] = tag
        context["stories"] = Paginator(stories, 12).get_page(request.GET.get("page"))
        return context


def latest_stories():
    """Live, public stories of every town, newest first."""
    return (
        public(StoryPage.objects.live())
        .select_related("town")
        .prefetch_related("tags")
        .order_by("-story_date", "-first_published_at")
    )


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("stories.StoryPage", related_name="tagged_items", on_delete=models.CASCADE)


class StoryPage(TownMixin, BasePage):
    story_date = models.DateField(_("date of the story"), default=datetime.date.today)
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))
    offers = ParentalManyToManyField(
        "offers.OfferPage", verbose_name=_("offers"), blank=True, related_name="+"
    )
    events = ParentalManyToManyField(
        "events.EventPage", verbose_name=_("events"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "organisations.Organisation", verbose_name=_("organisations"), blank=True, related_name="stories"
    )

    # A finished twinning pair's story stays below its round (networking.services.twinning).
    parent_page_types = ["stories.StoryIndexPage", "networking.TwinningRoundPage"]
    subpage_types = []
    template = "stories/story_page.html"
    detail_prefetch = (
        "images__image__renditions",
        "offers",
        "events",
        "organisations",
        "related_pages__target",
        "tags",
    )
    detail_select_related = ("town",)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("story_date"),
        FieldPanel("tags"),
        InlinePanel("images", heading=_("Images"), label=_("Image")),
        MultiFieldPanel(
            [
                FieldPanel("offers"),
                FieldPanel("events"),
                FieldPanel("organisations"),
                InlinePanel("related_pages", label=_("Other page (e.g. a twinning pair)")),
            ],
            heading=_("What the story is about"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("town"), index.FilterField("story_date")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-story_date"]

    @property
    def first_image(self):
        return next(iter(self.images.all()), None)


class StoryImage(Orderable):
    """An image of a story. Photos of identifiable people need the recorded consent of the people."""

    page = ParentalKey(StoryPage, related_name="images", on_delete=models.CASCADE)
    image = models.ForeignKey("portal.KreisnetzImage", verbose_name=_("image"), on_delete=models.CASCADE)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    shows_people = models.BooleanField(_("shows identifiable people"), default=False)
    consent = models.BooleanField(
        _("the people shown have consented to publication"),
        default=False,
        help_text=_("Required when the image shows identifiable people."),
    )

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("caption"),
        FieldPanel("shows_people"),
        FieldPanel("consent"),
    ]

    def clean(self):
        super().clean()
        if not (self.alt_text or "").strip():
            raise ValidationError({"alt_text": _("Describe the image for people who cannot see it.")})
        image = self.image if self.image_id else None
        if image is not None and not image_consent.is_public(image):
            raise ValidationError(
                {
                    "consent": _(
                        "The image is marked as showing identifiable people without recorded consent: "
                        "record the consent in the image first."
                    )
                }
            )
        if image_consent.consent_missing(image, shows_people=self.shows_people, consent=self.consent):
            raise ValidationError(
                {"consent": _("This image shows people: tick the box once their consent is recorded.")}
            )


class StoryRelatedPage(Orderable):
    """Any other page the story is about (e.g. a twinning pair, once that content type exists)."""

    page = ParentalKey(StoryPage, related_name="related_pages", on_delete=models.CASCADE)
    target = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("target")]
