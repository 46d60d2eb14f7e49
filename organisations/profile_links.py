"""Links to the public profile of an organisation (the directory's profile route)."""

from .models import OrganisationIndexPage

_UNSET = object()


def directory(request=None):
    """The live organisation directory (looked up once per request), or None."""
    found = getattr(request, "_organisation_directory", _UNSET) if request is not None else _UNSET
    if found is _UNSET:
        found = OrganisationIndexPage.objects.live().first()
        if request is not None:
            request._organisation_directory = found
    return found


def profile_url(organisation, request=None):
    """The profile address of a published organisation, or "" (no profile, or no directory)."""
    if organisation is None or not organisation.live or not organisation.slug:
        return ""
    page = directory(request)
    if page is None:
        return ""
    base = page.get_url(request=request)
    return (base or "") + page.reverse_subpage("profile", args=[organisation.slug]) if base else ""
