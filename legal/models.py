"""Legal and accessibility pages (BITV 2.0), the site setting pointing at them, feedback on barriers."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.models import BasePage

ARBITRATION_URL = "https://www.schlichtungsstelle-bgg.de/"
LEGAL_PARENTS = ["home.CountyHomePage"]


class Conformance(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AccessibilityStatementPage(BasePage):
    """Erklärung zur Barrierefreiheit, with the feedback form and the arbitration body."""

    conformance = models.CharField(
        _("conformance with BITV 2.0"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
    )
    barriers = models.TextField(
        _("content that is not accessible, and why"),
        blank=True,
        help_text=_("One barrier per line, with the reason and the accessible alternative."),
    )
    prepared_on = models.DateField(_("statement prepared on"), default=datetime.date.today)
    reviewed_on = models.DateField(_("statement last reviewed on"), null=True, blank=True)
    contact_email = models.EmailField(_("e-mail for accessibility feedback"), blank=True)
    contact_phone = models.CharField(_("phone for accessibility feedback"), max_length=40, blank=True)
    arbitration_url = models.URLField(_("arbitration body (Schlichtungsstelle)"), default=ARBITRATION_URL)

    parent_page_types = LEGAL_PARENTS
    subpage_types = []
    max_count = 1
    template = "legal/accessibility_statement_page.html"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("conformance"),
                FieldPanel("barriers"),
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
            ],
            heading=_("Statement"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("arbitration_url")],
            heading=_("Feedback and arbitration"),
        ),
    ]

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def barrier_lines(self):
        return [line.strip() for line in (self.barriers or "").splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        """With an empty feedback form: a preview (or any render without ``serve``) shows it too."""
        from .forms import FeedbackForm

        context = super().get_context(request, *args, **kwargs)
        context.update({"form": FeedbackForm(), "sent": False})
        return context

    def serve(self, request, *args, **kwargs):
        from .views import serve_statement

        return serve_statement(self, request)


class LegalPage(BasePage):
    """Impressum, privacy statement and other legally required text pages of the county."""

    parent_page_types = LEGAL_PARENTS
    subpage_types = []
    template = "legal/legal_page.html"

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")


class EasyLanguagePage(BasePage):
    """The start page in Leichte Sprache: what the portal offers, in easy words (BITV 2.0 § 4)."""

    parent_page_types = LEGAL_PARENTS
    max_count = 1
    template = "legal/easy_language_page.html"

    class Meta:
        verbose_name = _("Leichte Sprache start page")


class SignLanguagePage(BasePage):
    """Information in German Sign Language (DGS, BITV 2.0 § 4): a video with a text alternative."""

    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("sign-language video (file)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video_url = models.URLField(_("sign-language video (address)"), blank=True)
    video_description = models.TextField(
        _("what the video says"), blank=True, help_text=_("The text alternative of the video.")
    )

    parent_page_types = LEGAL_PARENTS
    max_count = 1
    subpage_types = []
    template = "legal/sign_language_page.html"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("video_url"), FieldPanel("video_description")],
            heading=_("Video"),
        ),
    ]

    class Meta:
        verbose_name = _("sign-language page")


@register_setting(icon="doc-full")
class LegalSettings(BaseSiteSetting):
    """Which pages the footer of every page links to."""

    imprint = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_language = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Leichte Sprache start page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sign_language = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sign-language page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("imprint"),
        FieldPanel("privacy"),
        FieldPanel("accessibility"),
        FieldPanel("easy_language"),
        FieldPanel("sign_language"),
    ]

    class Meta:
        verbose_name = _("legal and accessibility pages")


class Feedback(models.Model):
    """A reader's report of a barrier (BITV 2.0 § 7). Personal data: the optional e-mail address."""

    message = models.TextField(_("message"))
    page_address = models.CharField(_("page concerned"), max_length=500, blank=True)
    email = models.EmailField(_("e-mail address for the answer"), blank=True)
    language = models.CharField(_("language"), max_length=16)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d} #{self.pk}"
