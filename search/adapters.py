"""Registrations of the content types Kreisnetz indexes (see search.registry)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from events.models import EventPage
from home.models import ContentPage
from offers.models import Category, ContactPointPage, LanguageCode, OfferPage, TargetGroup
from organisations.models import Organisation, OrganisationIndexPage
from portal.places import Cost

from . import registry
from .registry import localized


def _free(obj):
    return [("yes", str(_("free of charge")))] if getattr(obj, "cost", None) == Cost.FREE else []


def _languages(obj, language):
    with translation.override(language):
        return [(item.code, item.name) for item in obj.languages.all()]


def _named(items, language):
    return [(item.slug, localized(item, "name", language) or item.name) for item in items]


class OfferAdapter(registry.PageAdapter):
    type = "offer"
    label = _("Offer")
    depends_on = {
        Category: lambda category: OfferPage.objects.filter(
            categories__in=[category, *category.children.all()]
        ),
        TargetGroup: lambda group: OfferPage.objects.filter(target_groups=group),
        LanguageCode: lambda code: OfferPage.objects.filter(languages=code),
    }

    def public_queryset(self):
        return (
            super()
            .public_queryset()
            .select_related("town")
            .prefetch_related("categories", "target_groups", "languages")
        )

    def facets(self, obj, language):
        return {
            "category": _named(obj.categories.all(), language),
            "target_group": _named(obj.target_groups.all(), language),
            "language": _languages(obj, language),
            "free": _free(obj),
        }


class ContactPointAdapter(registry.PageAdapter):
    type = "contact_point"
    label = _("Contact point")
    depends_on = {LanguageCode: lambda code: ContactPointPage.objects.filter(languages=code)}

    def public_queryset(self):
        return super().public_queryset().select_related("town").prefetch_related("languages")

    def facets(self, obj, language):
        return {"language": _languages(obj, language)}


class EventAdapter(registry.PageAdapter):
    type = "event"
    label = _("Event")

    def date(self, obj):
        from django.utils import timezone

        return timezone.localdate(obj.start) if obj.start else None

    def facets(self, obj, language):
        return {"free": _free(obj)}


class ContentPageAdapter(registry.PageAdapter):
    type = "page"
    label = _("Page")


class OrganisationAdapter(registry.Adapter):
    type = "organisation"
    label = _("Organisation")

    def public_queryset(self):
        return Organisation.objects.filter(live=True)

    def title(self, obj, language):
        return obj.name

    def body(self, obj, language):
        return localized(obj, "description", language) or ""

    def is_translated(self, obj, language):
        return language == "de" or bool(self.body(obj, language))

    def town(self, obj):
        return (obj.town.slug, obj.town.title_de or obj.town.title) if obj.town_id else None

    def url(self, obj, language):
        directory = OrganisationIndexPage.objects.live().first()
        if directory is None:
            return ""
        with translation.override(language):
            return (directory.get_url() or "") + directory.reverse_subpage("profile", args=[obj.slug])


registry.register(OfferPage, OfferAdapter())
registry.register(ContactPointPage, ContactPointAdapter())
registry.register(EventPage, EventAdapter())
registry.register(ContentPage, ContentPageAdapter())
registry.register(Organisation, OrganisationAdapter())
