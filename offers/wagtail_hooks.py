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


class OfferListingViewSet(PageListingViewSet):
    model = OfferPage
    icon = "doc-full-inverse"
    menu_label = _("Offers")
    menu_order = 150
    add_to_admin_menu = True
    name = "offers"
    filterset_class = PlaceFilterSet
    columns = [*PageListingViewSet.columns, *PLACE_COLUMNS]


class ContactPointListingViewSet(PageListingViewSet):
    model = ContactPointPage
    icon = "site"
    menu_label = _("Contact points")
    menu_order = 160
    add_to_admin_menu = True
    name = "contact_points"
    filterset_class = ContactPointFilterSet
    columns = [*PageListingViewSet.columns, *PLACE_COLUMNS]


@hooks.register("register_admin_viewset")
def register_listings():
    return [OfferListingViewSet("offers"), ContactPointListingViewSet("contact_points")]
