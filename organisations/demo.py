"""Demo organisations of Landkreis Hohenau, including migrant organisations (MSOs)."""

from django.contrib.auth.models import Group

from home.models import CountyHomePage, TownPage
from portal import demo, tenancy
from portal.factories import UserFactory

from .models import Organisation, OrganisationIndexPage

ORGANISATIONS = [
    (
        "Kreisvolkshochschule Hohenau",
        Organisation.Kind.PUBLIC_BODY,
        None,
        "Sprach- und Integrationskurse, Alphabetisierung und Weiterbildung im ganzen Landkreis.",
    ),
    (
        "Jobcenter Landkreis Hohenau",
        Organisation.Kind.PUBLIC_BODY,
        "Hohenau",
        "Beratung und Vermittlung in Arbeit und Ausbildung.",
    ),
    (
        "Caritasverband Hohenau e. V.",
        Organisation.Kind.PROVIDER,
        "Hohenau",
        "Migrationsberatung für Erwachsene und Jugendmigrationsdienst.",
    ),
    (
        "Deutsch-Syrischer Kulturverein Hohenau e. V.",
        Organisation.Kind.MSO,
        "Hohenau",
        "Kulturabende, Hausaufgabenhilfe und Übersetzungshilfe auf Arabisch und Deutsch.",
    ),
    (
        "Ukrainische Gemeinschaft Bergheim e. V.",
        Organisation.Kind.MSO,
        "Bergheim an der Aue",
        "Treffpunkt, Beratung und Kinderprogramm auf Ukrainisch und Deutsch.",
    ),
    (
        "Afghanischer Frauenverein Lindenfeld",
        Organisation.Kind.MSO,
        "Lindenfeld",
        "Frauentreff, Nähwerkstatt und Begleitung zu Behörden auf Dari und Paschtu.",
    ),
    (
        "TSV Ostermoor 1911 e. V.",
        Organisation.Kind.ASSOCIATION,
        "Ostermoor",
        "Fußball, Turnen und offene Trainings für alle Altersgruppen.",
    ),
]


@demo.step(50, "organisations")
def organisations():
    mso_group = Group.objects.get(name=tenancy.group_name("mso_members"))
    for name, kind, town_name, description in ORGANISATIONS:
        town = TownPage.objects.filter(title_de=town_name).first() if town_name else None
        organisation, created = Organisation.objects.get_or_create(
            name=name, defaults={"kind": kind, "town": town, "description_de": description}
        )
        if kind == Organisation.Kind.MSO:
            member = UserFactory(username=f"mso-{organisation.pk}", groups=[mso_group])
            organisation.members.add(member)


DIRECTORY = {
    "slug": "organisationen",
    "title": {
        "de": "Organisationen",
        "en": "Organisations",
        "ar": "المنظمات",
        "uk": "Організації",
        "tr": "Kuruluşlar",
        "fa": "سازمان‌ها",
        "ru": "Организации",
        "de-x-ls": "Vereine und Ämter",
    },
    "intro": {
        "de": "Träger, Vereine, Migrantenorganisationen und Behörden im Landkreis.",
        "en": "Providers, associations, migrant organisations and public bodies in the county.",
    },
}


@demo.step(75, "organisation directory")
def directory():
    demo.ensure_child(CountyHomePage.objects.get(), OrganisationIndexPage, DIRECTORY)


@demo.step(76, "profile waiting for moderation")
def pending_profile_change():
    """The Ukrainian association has submitted a new description; a moderator must approve it."""
    organisation = Organisation.objects.get(name="Ukrainische Gemeinschaft Bergheim e. V.")
    if organisation.workflow_in_progress or organisation.has_unpublished_changes:
        return
    member = organisation.members.first()
    organisation.description_de = "Treffpunkt, Beratung und Kinderprogramm auf Ukrainisch und Deutsch. Neu: Hausaufgabenhilfe am Mittwoch."
    organisation.save_revision(user=member)
    organisation.get_workflow().start(organisation, member)
