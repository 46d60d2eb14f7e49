"""The networking world shared by tests/networking and the access matrix.

Round table in town A with two members (``org_mso``: the MSO member's organisation, and a
second organisation), a past session with members-only minutes and an action item of the MSO.
A twinning round of the county coordinated by editor A with three applications.
"""

import datetime

from django.utils import timezone

from networking import builders
from organisations.factories import OrganisationFactory
from organisations.models import Organisation


def build(county, town_a, town_b, users, org_mso=None):
    objects = {}
    org_mso = org_mso or OrganisationFactory(name="Kulturverein", kind=Organisation.Kind.MSO)
    org_mso.members.add(users["mso_member"])
    other = OrganisationFactory(name="Sportverein Altdorf")
    objects["org_member"] = org_mso
    objects["org_second"] = other
    today = timezone.localdate()
    for key, parent in (("a", town_a.page), ("b", town_b.page), ("county", county)):
        page = builders.round_table(
            parent,
            f"Runder Tisch {key}",
            slug=f"runder-tisch-{key}",
            topic="Ankommen",
            purpose="Wir stimmen die Angebote ab.",
            members=[
                (org_mso, "chair", "Delegierte Eins", f"eins-{key}@example.org", "ar"),
                (other, "member", "Delegierter Zwei", f"zwei-{key}@example.org", ""),
            ],
        )
        objects[f"round_table_{key}"] = page
        past = builders.session(
            page,
            today - datetime.timedelta(days=20),
            minutes="<p>Geheimes Protokoll</p>",
            visibility="members",
            attendance=[org_mso],
            agenda=["Begrüßung"],
        )
        objects[f"session_{key}"] = past
        objects[f"action_{key}"] = builders.action(
            past, "Flyer drucken", org_mso, today - datetime.timedelta(days=5), public=True
        )
        objects[f"action_other_{key}"] = builders.action(
            past, "Halle buchen", other, today + datetime.timedelta(days=10), public=False
        )
    round_page = builders.twinning_round(
        county,
        "Tandems 2027",
        slug="tandems-2027",
        start=today - datetime.timedelta(days=10),
        end=today + datetime.timedelta(days=10),
        pairing=today + datetime.timedelta(days=15),
        coordinator=users["editor_a"],
    )
    objects["twinning_round"] = round_page
    objects["application_1"] = builders.application(
        round_page, "Chor Altdorf", town_a.page, interests=["music", "culture"], languages=["de", "ar"]
    )
    objects["application_2"] = builders.application(
        round_page, "Frauentreff Neudorf", town_b.page, interests=["music", "cooking"], languages=["ar"]
    )
    objects["application_3"] = builders.application(
        round_page, "Schulklasse 7b", town_b.page, interests=["sport"], languages=["de"]
    )
    return objects


def ensure(world):
    """For the access matrix: build a small networking world once, from what the tenancy world
    holds (towns, the MSO member's organisation); users are found by their fixture usernames.

    Called lazily by the networking actions; calling it at the end of the matrix's ``_build``
    makes it once per module (every value is a model instance, so ``_fresh`` reloads it)."""
    if "round_table_a" in world:
        return world
    from django.contrib.auth import get_user_model

    User = get_user_model()
    town_a = world["town_a"].specific
    county = town_a.get_parent().specific
    org_mso = world["org_mso"]
    other = OrganisationFactory(name="Verein ohne Konten")
    today = timezone.localdate()
    page = builders.round_table(
        town_a,
        "Runder Tisch Altdorf",
        slug="runder-tisch",
        members=[
            (org_mso, "chair", "Delegierte", "delegierte@example.org", ""),
            (other, "member", "", "", ""),
        ],
    )
    session = builders.session(
        page, today - datetime.timedelta(days=3), minutes="<p>Internes Protokoll</p>", visibility="members"
    )
    round_page = builders.twinning_round(
        county,
        "Tandems",
        slug="tandems",
        start=today - datetime.timedelta(days=5),
        end=today + datetime.timedelta(days=5),
        pairing=today + datetime.timedelta(days=6),
        coordinator=User.objects.get(username="editor-a"),
    )
    first = builders.application(round_page, "Gruppe Eins", town_a)
    second = builders.application(round_page, "Gruppe Zwei", town_a)
    third = builders.application(round_page, "Gruppe Drei", town_a)
    from networking.models import TwinningPair

    world.update(
        {
            "rt_parent_a": town_a,
            "rt_parent_b": world["page_b"].get_parent().specific,
            "rt_parent_county": county,
            "round_table_a": page,
            "session_a": session,
            "action_mso": builders.action(session, "Flyer", org_mso, today + datetime.timedelta(days=3)),
            "action_other": builders.action(session, "Halle", other, today + datetime.timedelta(days=3)),
            "twinning_round": round_page,
            "application_first": first,
            "application_second": second,
            "pair": TwinningPair.objects.create(
                round=round_page, first=third, second=builders.application(round_page, "Gruppe Vier", town_a)
            ),
        }
    )
    return world
