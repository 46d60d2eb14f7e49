"""Who may do what, as small predicates (in the spirit of django-rules)."""

from django.conf import settings


def in_group(user, key):
    return user.is_authenticated and user.groups.filter(name=settings.KREISNETZ_GROUPS[key]).exists()


def is_county_staff(user):
    """County editors and administrators: they own the structure of the site."""
    return user.is_active and (user.is_superuser or in_group(user, "county_editors"))
