"""What organisations contribute to the search, the guidelines check and open data
(discovered at start-up, see portal.apps)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from guidelines.services import registry as guidelines
from portal import open_data
from portal.open_data import Column
from search import registry as search

from .models import Organisation, OrganisationIndexPage

# Search


class OrganisationAdapter(search.Adapter):
    type = "organisation"
    label = _("Organisation")

    def public_queryset(self):
        return Organisation.objects.filter(live=True)

    def title(self, obj, language):
        return obj.name

    def body(self, obj, language):
        return search.localized(obj, "description", language) or ""

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


search.register(Organisation, OrganisationAdapter())
search.not_indexed(OrganisationIndexPage)  # its profiles are found as organisations


# Guidelines: organisation profiles (edited by MSO members, approved by the county) are checked too.

guidelines.register(Organisation)


# Open data


def _organisations(params):
    queryset = Organisation.objects.filter(live=True).select_related("town").order_by("pk")
    if params.get("kind") in Organisation.Kind.values:
        queryset = queryset.filter(kind=params["kind"])
    return queryset


open_data.register(
    open_data.Dataset(
        "organisations",
        _("Organisations"),
        _("Providers, associations, migrant organisations and public bodies."),
        (
            Column("id", _("stable identifier"), lambda o: o.pk),
            Column("name", _("name"), lambda o: o.name),
            Column("kind", _("public_body, provider, association or mso"), lambda o: o.kind),
            Column("town", _("town (empty: county-wide)"), lambda o: o.town.title_de if o.town else ""),
            *open_data.translated("description", _("description")),
            Column("website", _("website"), lambda o: o.website),
            Column("public_email", _("e-mail of the office"), lambda o: o.public_email),
            Column("public_phone", _("phone of the office"), lambda o: o.public_phone),
        ),
        _organisations,
        order=30,
    )
)

# The MSO members' role, their profiles and the moderators' queue of profiles (admin home).
from . import next_steps as _next_steps  # noqa: E402, F401
