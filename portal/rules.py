"""Who may do what, as small predicates (in the spirit of django-rules)."""

from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User


def in_group(user: "User | AnonymousUser", key: str) -> bool:
    return user.is_authenticated and user.groups.filter(name=settings.KREISNETZ_GROUPS[key]).exists()


def is_county_staff(user: "User | AnonymousUser") -> bool:
    """County editors and administrators: they own the structure of the site."""
    return user.is_active and (user.is_superuser or in_group(user, "county_editors"))
