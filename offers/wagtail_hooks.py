"""Admin: taxonomies as snippets (county editors only), and an offer listing with a review filter."""

import datetime

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Category, ContactPointPage, LanguageCode, OfferPage, TargetGroup, Topic


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    list_display = ["name", "parent", "slug"]
    list_filter = ["parent"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "list-ul"
    list_display = ["name", "slug"]


class LanguageCodeViewSet(SnippetViewSet):
    model = LanguageCode
    icon = "globe"
    list_display = ["code", "native_name", "name"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, TargetGroupViewSet, TopicViewSet, LanguageCodeViewSet)
    menu_icon = "tag"
    menu_label = _("Vocabularies")
    menu_name = "vocabularies"
    menu_order = 310


register_snippet(TaxonomyGroup)


class ReviewDueFilter(django_filters.BooleanFilter):
    def filter(self, queryset, value):
        if value is None:
            return queryset
        today = datetime.date.today()
        return (
            queryset.filter(review_due_on__lt=today) if value else queryset.exclude(review_due_on__lt=today)
        )


class PlaceFilterSet(PageFilterSet):
    review_due = ReviewDueFilter(label=_("Review due"))

    class Meta:
        model = OfferPage
        fields = []


class ContactPointFilterSet(PlaceFilterSet):
    class Meta:
        model = ContactPointPage
        fields = []


PLACE_COLUMNS = [
    Column("town", label=_("Town"), accessor="town"),
    DateColumn("last_reviewed", label=_("Last reviewed")),
    DateColumn("review_due_on", label=_("Review due on")),
]


def listing_viewset(model, filterset, name, label, icon, order):
    """An admin listing of one place type with its town, review dates and a review filter."""
    attributes = {
        "model": model,
        "icon": icon,
        "menu_label": label,
        "menu_order": order,
        "add_to_admin_menu": True,
        "name": name,
        "filterset_class": filterset,
        "columns": [*PageListingViewSet.columns, *PLACE_COLUMNS],
    }
    return type(f"{model.__name__}ListingViewSet", (PageListingViewSet,), attributes)(name)


@hooks.register("register_admin_viewset")
def register_listings():
    return [
        listing_viewset(OfferPage, PlaceFilterSet, "offers", _("Offers"), "doc-full-inverse", 150),
        listing_viewset(
            ContactPointPage, ContactPointFilterSet, "contact_points", _("Contact points"), "site", 160
        ),
    ]
