"""Shared models: the image model, translation tracking and the abstract base page."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.templatetags.static import static
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image
from wagtail.models import Page
from wagtail.search import index

from .blocks import body_blocks
from .i18n import localized_fields
from .panels import TranslationStatusPanel
from .services import image_consent, image_files
from .towns import town_page_model


class KreisnetzImage(AbstractImage):
    """Image with the consent facts a public body needs before showing people."""

    shows_people = models.BooleanField(_("shows identifiable people"), default=False)
    consent_recorded = models.BooleanField(
        _("consent of the people shown is recorded"),
        default=False,
        help_text=_("Required before an image of identifiable people may be published."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    # The description (the default alternative text) in every language: see portal/translation.py.
    admin_form_fields = (
        *(name for name in Image.admin_form_fields if name != "description"),
        *localized_fields("description"),
        "shows_people",
        "consent_recorded",
        "credit",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def is_public(self):
        return image_consent.is_public(self)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        image_consent.sync_files(self)

    def get_upload_to(self, filename):
        return image_consent.located(super().get_upload_to(filename), self)

    def get_rendition(self, filter):
        if not image_consent.shown(self):
            return self.withheld_rendition(filter)
        try:
            return super().get_rendition(filter)
        except image_files.BROKEN_IMAGE_ERRORS as error:
            image_files.log_broken(self, error)
            return self.withheld_rendition(filter)

    def get_renditions(self, *filters):
        if image_consent.shown(self):
            try:
                return super().get_renditions(*filters)
            except image_files.BROKEN_IMAGE_ERRORS as error:
                image_files.log_broken(self, error)
        return {getattr(f, "spec", f): self.withheld_rendition(f) for f in filters}

    def withheld_rendition(self, filter):
        """A neutral placeholder in place of a rendition that must not (or cannot) be shown."""
        filter = filter if isinstance(filter, Filter) else Filter(spec=filter)
        width, height = image_files.output_size(self, filter)
        rendition = KreisnetzRendition(image=self, filter_spec=filter.spec, width=width, height=height)
        rendition.withheld = True
        return rendition


class KreisnetzRendition(AbstractRendition):
    image = models.ForeignKey(KreisnetzImage, on_delete=models.CASCADE, related_name="renditions")

    withheld = False

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        return image_consent.located(super().get_upload_to(filename), self.image)

    @property
    def url(self):
        if self.withheld:
            return static("portal/img/image-withheld.svg")
        if image_consent.is_private_name(self.file.name):
            return image_consent.private_file_url(self.file.name)
        return super().url

    @property
    def alt(self):
        return "" if self.withheld else super().alt

    def img_tag(self, extra_attributes=None):
        if not self.withheld:
            return super().img_tag(extra_attributes)
        kept = {key: value for key, value in (extra_attributes or {}).items() if key in ("class", "loading")}
        return super().img_tag({**kept, "alt": "", "data-withheld": ""})


class TranslationState(models.Model):
    """The translation of one field of a page into one language: against which German text it
    was written, whether a machine wrote it and whether a person has reviewed it since.

    ``source_digest`` is the digest of the German field when the translation last changed
    (the German changed since → outdated); ``target_digest`` the digest of the translation
    itself, so that saving the same text again (publishing a draft) changes nothing.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_states")
    language = models.CharField(max_length=16)
    field = models.CharField(max_length=64)
    source_digest = models.CharField(max_length=64)
    target_digest = models.CharField(max_length=64, blank=True)
    machine = models.BooleanField(_("machine translated"), default=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    translated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language", "field"], name="unique_translation_state")
        ]
        verbose_name = _("translation state")

    def __str__(self):
        return f"{self.page_id}:{self.language}:{self.field}"


class BasePage(Page):
    """Every public page type of Kreisnetz: an introduction, a body, translation tracking.

    Translated fields are registered per concrete page type in the app's ``translation.py``.
    """

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(body_blocks(), blank=True, use_json_field=True, verbose_name=_("content"))

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    settings_panels = [
        *Page.settings_panels,
        TranslationStatusPanel(),
    ]
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, _("Common page configuration")),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        from .translation_status import localized_content_fields, record_translations

        update_fields = kwargs.get("update_fields")
        # A revision (draft) carries the content being edited: its translations count at once.
        # Saves of bookkeeping fields alone change no translation.
        track = update_fields is None or bool(
            set(update_fields) & {"latest_revision", *localized_content_fields(type(self))}
        )
        result = super().save(*args, **kwargs)
        if track:
            record_translations(self, user=getattr(self, "_revision_user", None))
        return result

    def save_revision(self, *args, user=None, **kwargs):
        self._revision_user = user
        try:
            return super().save_revision(*args, user=user, **kwargs)
        finally:
            del self._revision_user

    def publication_problems(self):
        """Reasons, in words, why this content may not be published (drafts always save).

        Held on every publication route (the publish gate of guidelines.services.gate calls it
        for the revision to publish): a page type names its own rules here."""
        return []

    # Relations a detail page shows (many-to-many, inline children): loaded once per request
    # (see ``get_context``) instead of a query each time the template or JSON-LD reads them.
    detail_prefetch: tuple[str | Prefetch, ...] = ()
    # Foreign keys shown on the page: joined when routing loads the page (portal.routing).
    detail_select_related: tuple[str, ...] = ()

    def get_context(self, request, *args, **kwargs):
        if self.detail_prefetch:
            prefetch_related_objects([self], *self.detail_prefetch)
        context = super().get_context(request, *args, **kwargs)
        context["languages"] = settings.LANGUAGES
        return context

    def get_view_restrictions(self):
        """Wagtail asks on every request; without any restriction above this page, skip the queries."""
        from wagtail.models import PageViewRestriction

        from .caching import restricted_paths

        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @cached_property
    def ancestors(self):
        """Ancestors below the root, loaded once per request (breadcrumbs, town scope).

        A page found by routing knows them already (portal.routing): no query then."""
        from .routing import routed_ancestors

        routed = routed_ancestors(self)
        return routed if routed is not None else list(self.get_ancestors().filter(depth__gt=1))

    def town_scope(self):
        """The town page this page belongs to, or None for county pages."""
        return self.ancestor_of_type(town_page_model())

    def ancestor_of_type(self, model):
        content_type = ContentType.objects.get_for_model(model)
        return next((page for page in self.ancestors if page.content_type_id == content_type.pk), None)


class Tenancy(models.Model):
    """What belongs to a town page (or to the county home): linked by key, never found by a name.

    Names of groups, collections and workflows are for people: they are shown, translated and
    may be renamed. Code finds a town's editor group, media collection, approval workflow and
    event submission workflow only through this row, so renaming a town (its title in any
    language, its slug) or switching the interface language changes nothing in tenancy.
    For the county the editor group is the county editors' group and the collection the root.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="tenancy"
    )
    editors = models.ForeignKey(
        "auth.Group", verbose_name=_("editor group"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("approval workflow"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submission_workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        verbose_name=_("event submission workflow"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("tenancy")
        verbose_name_plural = _("tenancies")

    def __str__(self):
        return f"tenancy of page {self.page_id}"


class PageCreation(models.Model):
    """One page editor's "new page" form and the page it created (portal.page_creation).

    Wagtail's autosave creates the page from the create form; a publish pressed while that
    request is still running posts the same form to the create URL a second time. The form's
    token names the page already created, so the second request edits it instead of creating
    a duplicate.
    """

    token = models.UUIDField(unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page creation")

    def __str__(self):
        return str(self.token)
