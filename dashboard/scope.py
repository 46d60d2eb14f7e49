"""Whose figures a reader sees: the whole county, or only the towns a town editor works for."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission

from portal.rules import is_county_staff
from portal.towns import town_page_model


@dataclass(frozen=True)
class Scope:
    towns: tuple  # TownPage instances, in title order
    county_wide: bool  # include the county's own content (town = None) and every town

    @property
    def town_ids(self):
        return [town.pk for town in self.towns]

    def filter(self, queryset, field="town_id"):
        """Restrict a queryset to the scope (no filter for the whole county)."""
        if self.county_wide:
            return queryset
        return queryset.filter(**{f"{field}__in": self.town_ids})

    def filter_paths(self, queryset, field="path"):
        """Restrict pages to the scope by their place in the tree."""
        if self.county_wide:
            return queryset
        from django.db.models import Q

        condition = Q(pk__in=[])
        for town in self.towns:
            condition |= Q(**{f"{field}__startswith": town.path})
        return queryset.filter(condition)


def county_scope():
    return Scope(towns=tuple(town_page_model().objects.order_by("title")), county_wide=True)


def scope_for(user):
    """The scope of an admin user, or None if they may not see the dashboard.

    County staff see everything; a town editor sees the towns whose pages their groups may edit.
    """
    if not user.is_authenticated or not user.is_active:
        return None
    if is_county_staff(user):
        return county_scope()
    page_ids = GroupPagePermission.objects.filter(
        group__in=user.groups.all(), permission__codename="change_page"
    ).values("page_id")
    towns = tuple(town_page_model().objects.filter(pk__in=page_ids).order_by("title"))
    return Scope(towns=towns, county_wide=False) if towns else None


def county_label():
    return _("County (county-wide)")
